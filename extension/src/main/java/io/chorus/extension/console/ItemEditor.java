package io.chorus.extension.console;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import io.chorus.shared.Network;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ItemFields;
import io.chorus.shared.wire.ItemPlace;
import io.chorus.shared.wire.LibraryDraft;
import io.chorus.shared.wire.LibraryItem;
import io.chorus.shared.wire.LinkPreview;
import io.chorus.shared.wire.PlaceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jsinterop.base.JsPropertyMap;

/**
 * The form that writes a library item, new or existing: the link (and "Fill from link", which asks the
 * server to read the page), title, summary, picture, the words per network with what remains of each
 * network's limit counted live by the same shared rules the server refuses by, hashtags, topics,
 * language, offices and teams, and the window. Refusals appear next to their field.
 */
final class ItemEditor {
  private final Console console;
  private final LibraryItem item;
  private final Consumer<LibraryItem> saved;
  private final Runnable cancelled;
  final HTMLFormElement element;
  private final Field url = Field.input("url", "url", "Link", "The page the posts share (https://…).");
  private final Field title = Field.input("title", "text", "Title", null);
  private final Field summary = Field.textarea("summary", "Summary", "For liaisons and the digest; not posted.",
      ItemFields.MAX_SUMMARY);
  private final Field image = Field.input("imageUrl", "url", "Picture", "An https address; optional.");
  private final Field linkedin = Field.textarea("linkedinText", "Words for LinkedIn", "Empty: not offered on LinkedIn.",
      ItemFields.MAX_TEXT);
  private final Field x = Field.textarea("xText", "Words for X", "Empty: not offered on X.", ItemFields.MAX_TEXT);
  private final Field hashtags = Field.input("hashtags", "text", "Hashtags", "Separated by commas or spaces; "
      + "added to a post that lacks them.");
  private final Field topics = Field.input("topics", "text", "Topics", "Separated by commas, e.g. Hiring, Product.");
  private final Field language = Field.input("language", "text", "Language", "Two letters, such as en, lv; "
      + "empty: any. People who read it are offered it first.");
  private final Field from = Field.input("from", "datetime-local", "Live from", "Empty: as soon as it is approved.");
  private final Field until = Field.input("until", "datetime-local", "Live until", "Empty: no end.");
  private final HTMLElement linkedinLeft = Ui.el("p", "counter");
  private final HTMLElement xLeft = Ui.el("p", "counter");
  private final List<HTMLInputElement> officeBoxes = new ArrayList<>();
  private final List<HTMLInputElement> teamBoxes = new ArrayList<>();
  private final FormErrors errors = new FormErrors();

  ItemEditor(Console console, LibraryItem item, List<PlaceLine> offices, List<PlaceLine> teams,
      Consumer<LibraryItem> saved, Runnable cancelled) {
    this.console = console;
    this.item = item;
    this.saved = saved;
    this.cancelled = cancelled;
    element = (HTMLFormElement) Ui.el("form", "form item-editor");
    element.noValidate = true;
    title.attribute("maxlength", String.valueOf(ItemFields.MAX_TITLE));
    language.attribute("maxlength", "35");
    linkedin.attribute("rows", "5");
    x.attribute("rows", "3");
    linkedinLeft.setAttribute("data-network", "linkedin");
    xLeft.setAttribute("data-network", "x");
    Field officesField = Field.custom("offices", "Offices", boxes(offices, officeBoxes, "Every office"));
    Field teamsField = Field.custom("teams", "Teams", boxes(teams, teamBoxes, "Every team"));
    for (Field f : new Field[] {url, title, summary, image, linkedin, x, hashtags, topics, language, officesField,
        teamsField, from, until}) {
      errors.field(f);
    }
    errors.codeMeans("office_not_found", "offices").codeMeans("team_not_found", "teams")
        .codeMeans("link_refused", "url").codeMeans("link_unreadable", "url");
    HTMLButtonElement fill = Ui.button("Fill from link", "button", e -> fill());
    fill.setAttribute("data-action", "fill");
    HTMLButtonElement save = (HTMLButtonElement) Ui.text("button", "button button--primary",
        item == null ? "Save draft" : "Save");
    save.type = "submit";
    Ui.append(element, Ui.text("h2", "card-title", item == null ? "New item" : "Edit item"),
        Ui.append(Ui.el("div", "inline-row"), url.element, Ui.append(Ui.el("div", "form-actions"), fill)),
        title.element, summary.element, image.element,
        Ui.append(Ui.el("div", "columns"), Ui.append(Ui.el("div", null), linkedin.element, linkedinLeft),
            Ui.append(Ui.el("div", null), x.element, xLeft)),
        Ui.append(Ui.el("div", "edit-grid"), hashtags.element, topics.element, language.element, from.element,
            until.element),
        Ui.append(Ui.el("div", "columns"), officesField.element, teamsField.element),
        errors.formError,
        Ui.append(Ui.el("div", "form-actions"), save, Ui.button("Cancel", "button button--quiet", e -> cancelled.run())));
    if (item != null) {
      show(item.draft());
    }
    for (Field f : new Field[] {url, linkedin, x, hashtags}) {
      f.control.addEventListener("input", e -> count());
    }
    count();
    element.addEventListener("submit", e -> {
      e.preventDefault();
      save(save);
    });
  }

  private HTMLElement boxes(List<PlaceLine> places, List<HTMLInputElement> into, String none) {
    HTMLElement group = Ui.el("div", "checks");
    for (PlaceLine place : places) {
      HTMLInputElement box = (HTMLInputElement) DomGlobal.document.createElement("input");
      box.type = "checkbox";
      box.value = String.valueOf(place.id());
      HTMLElement label = Ui.el("label", "check");
      Ui.append(label, box, Ui.bdi(place.name()));
      into.add(box);
      group.appendChild(label);
    }
    group.appendChild(Ui.text("p", "field-hint", "None ticked: " + none.toLowerCase() + "."));
    return group;
  }

  private void show(LibraryDraft d) {
    url.value(d.url());
    title.value(d.title());
    summary.value(d.summary() == null ? "" : d.summary());
    image.value(d.imageUrl() == null ? "" : d.imageUrl());
    linkedin.value(d.linkedinText() == null ? "" : d.linkedinText());
    x.value(d.xText() == null ? "" : d.xText());
    hashtags.value(String.join(", ", d.hashtags()));
    topics.value(String.join(", ", d.topics()));
    language.value(d.language() == null ? "" : d.language());
    from.value(LocalTimes.toLocal(d.from()));
    until.value(LocalTimes.toLocal(d.until()));
    tick(officeBoxes, d.offices());
    tick(teamBoxes, d.teams());
  }

  private static void tick(List<HTMLInputElement> boxes, List<ItemPlace> chosen) {
    for (HTMLInputElement box : boxes) {
      for (ItemPlace p : chosen) {
        if (box.value.equals(String.valueOf(p.id()))) {
          box.checked = true;
        }
      }
    }
  }

  /** What remains of each network's limit, as the server will count it (link and missing hashtags included). */
  private void count() {
    List<String> tags = LibraryText.tags(hashtags.value());
    counter(linkedinLeft, Network.LINKEDIN, linkedin.value(), tags);
    counter(xLeft, Network.X, x.value(), tags);
  }

  private void counter(HTMLElement counter, Network network, String words, List<String> tags) {
    if (words.trim().isEmpty()) {
      counter.textContent = "Not offered on " + network.displayName() + ".";
      counter.classList.remove("counter--over");
      return;
    }
    int left = ItemFields.remaining(network, words, url.value().trim(), tags);
    counter.textContent = LibraryText.remaining(network, left);
    if (left < 0) {
      counter.classList.add("counter--over");
    } else {
      counter.classList.remove("counter--over");
    }
  }

  /** Asks the server to read the page, and fills what is still empty (the link itself, too, when it moved). */
  private void fill() {
    errors.clear();
    if (url.value().trim().isEmpty()) {
      errors.show("url", "Give the page's address first.");
      return;
    }
    url.control.setAttribute("aria-busy", "true");
    console.api().post(ApiPaths.LIBRARY_PREVIEW_LINK, JsPropertyMap.of("url", url.value().trim()), reply -> {
      url.control.removeAttribute("aria-busy");
      LinkPreview p = LinkPreview.read(reply);
      if (p.url() != null && p.url().startsWith("https://")) {
        url.value(p.url());
      }
      fillEmpty(title, p.title());
      fillEmpty(summary, p.description());
      fillEmpty(image, p.imageUrl());
      fillEmpty(linkedin, p.title());
      fillEmpty(x, p.title());
      count();
      console.notice("Filled from the page; check the words before saving.");
    }, problem -> {
      url.control.removeAttribute("aria-busy");
      errors.show(problem);
    });
  }

  private static void fillEmpty(Field field, String value) {
    if (value != null && field.value().trim().isEmpty()) {
      field.value(value);
    }
  }

  private void save(HTMLButtonElement button) {
    errors.clear();
    JsPropertyMap<Object> body = JsPropertyMap.of();
    body.set("title", title.value());
    body.set("url", url.value().trim());
    optional(body, "summary", summary.value());
    optional(body, "imageUrl", image.value().trim());
    optional(body, "linkedinText", linkedin.value());
    optional(body, "xText", x.value());
    body.set("hashtags", strings(LibraryText.tags(hashtags.value())));
    body.set("topics", strings(LibraryText.topics(topics.value())));
    optional(body, "language", language.value().trim());
    body.set("offices", places(officeBoxes));
    body.set("teams", places(teamBoxes));
    if (!from.value().isEmpty() && LocalTimes.toInstant(from.value()) == null) {
      errors.show("from", "Not a date and time.");
      return;
    }
    if (!until.value().isEmpty() && LocalTimes.toInstant(until.value()) == null) {
      errors.show("until", "Not a date and time.");
      return;
    }
    optional(body, "from", LocalTimes.toInstant(from.value()));
    optional(body, "until", LocalTimes.toInstant(until.value()));
    button.disabled = true;
    if (item == null) {
      console.api().post(ApiPaths.LIBRARY_ITEMS, body, reply -> saved.accept(LibraryItem.read(reply)), problem -> {
        button.disabled = false;
        errors.show(problem);
      });
    } else {
      console.api().put(ApiPaths.LIBRARY_ITEM.replace(":id", String.valueOf(item.id())), body,
          reply -> saved.accept(LibraryItem.read(reply)), problem -> {
            button.disabled = false;
            errors.show(problem);
          });
    }
  }

  private static void optional(JsPropertyMap<Object> body, String name, String value) {
    if (value != null && !value.trim().isEmpty()) {
      body.set(name, value);
    }
  }

  private static JsArray<Object> strings(List<String> values) {
    JsArray<Object> out = new JsArray<>();
    for (String v : values) {
      out.push(v);
    }
    return out;
  }

  private static JsArray<Object> places(List<HTMLInputElement> boxes) {
    JsArray<Object> out = new JsArray<>();
    for (HTMLInputElement box : boxes) {
      if (box.checked) {
        out.push(JsPropertyMap.of("id", Double.parseDouble(box.value)));
      }
    }
    return out;
  }

  void focus() {
    url.focus();
  }
}
