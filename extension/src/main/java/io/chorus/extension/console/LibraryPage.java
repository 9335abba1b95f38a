package io.chorus.extension.console;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLOptionElement;
import elemental2.dom.HTMLSelectElement;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ItemPlace;
import io.chorus.shared.wire.LibraryDraft;
import io.chorus.shared.wire.LibraryItem;
import io.chorus.shared.wire.PlaceLine;
import io.chorus.shared.wire.Suggestion;
import io.chorus.shared.wire.SuggestionList;
import io.chorus.shared.wire.WireReader;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.JsPropertyMap;

/**
 * The content library: the company's items newest first, by state (drafts, approved, archived), each
 * with what it is offered as, to whom and when; write a new one or edit one ({@link ItemEditor}), see the
 * posts it makes as the panel would prefill them, approve, schedule (its window) and archive.
 */
final class LibraryPage implements ConsolePage {
  private static final String LIST = ApiPaths.LIAISON_LIBRARY + "?limit=10";

  private final List<PlaceLine> offices = new ArrayList<>();
  private final List<PlaceLine> teams = new ArrayList<>();
  private PagedList<LibraryItem> list;
  private String status = "all";

  @Override
  public String id() {
    return "library";
  }

  @Override
  public String title() {
    return "Library";
  }

  @Override
  public HTMLElement open(Console console) {
    HTMLElement page = Ui.el("div", "page-body");
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, "Employees are offered approved items that are live "
        + "(inside their window) and meant for them: no offices or teams ticked means everyone. Changing the words "
        + "of an approved item makes a new version; shares keep the version they were made from."));
    HTMLElement editorHost = Ui.el("div", "editor-host");
    HTMLButtonElement create = Ui.button("New item\u2026", "button button--primary", null);
    create.addEventListener("click", e -> openEditor(console, editorHost, null));
    list = new PagedList<>(console.api(), LIST, "cursor", LibraryItem::read, (item, l) -> row(console, item, l),
        "Library items", "No items here yet.");
    HTMLElement card = Ui.el("section", "card card--list");
    HTMLSelectElement filter = (HTMLSelectElement) Ui.el("select", "status-filter");
    filter.setAttribute("aria-label", "Show");
    filter.name = "status";
    for (String[] option : new String[][] {{"all", "All items"}, {"draft", "Drafts"}, {"approved", "Approved"},
        {"archived", "Archived"}}) {
      filter.appendChild(option(option[0], option[1]));
    }
    filter.addEventListener("change", e -> {
      status = filter.value;
      list.path(LIST + "&status=" + status);
    });
    HTMLElement show = Ui.el("div", "field");
    Ui.append(show, Ui.text("span", "field-label", "Show"), filter);
    Ui.append(card, Ui.text("h2", "card-title", "Items"), Ui.append(Ui.el("div", "inline-row filters"), show),
        list.element());
    Ui.append(page, note, Ui.append(Ui.el("div", "form-actions"), create), editorHost, card);
    console.api().get(ApiPaths.LIAISON_OFFICES, o -> console.api().get(ApiPaths.LIAISON_TEAMS, t -> {
      read(offices, o);
      read(teams, t);
    }, problem -> console.notice(problem.message())), problem -> console.notice(problem.message()));
    list.load();
    return page;
  }

  private void openEditor(Console console, HTMLElement host, LibraryItem item) {
    Ui.clear(host);
    ItemEditor editor = new ItemEditor(console, item, offices, teams, saved -> {
      Ui.clear(host);
      console.notice(Ui.bdi(saved.draft().title()), Ui.plain(item == null ? " is saved as a draft." : " is saved ("
          + "version " + saved.version() + ")."));
      list.load();
    }, () -> Ui.clear(host));
    editor.element.classList.add("card");
    host.appendChild(editor.element);
    editor.focus();
  }

  private HTMLElement row(Console console, LibraryItem item, PagedList<LibraryItem> l) {
    LibraryDraft d = item.draft();
    HTMLElement row = Ui.el("li", LibraryItem.ARCHIVED.equals(item.status()) ? "row row--voided" : "row");
    row.setAttribute("data-item", String.valueOf(item.id()));
    HTMLElement main = Ui.el("div", "row-main");
    HTMLElement title = Ui.el("p", "row-title");
    title.appendChild(Ui.bdi("item-title", d.title()));
    HTMLElement meta = Ui.el("p", "row-meta");
    List<String> networks = new ArrayList<>();
    if (d.linkedinText() != null) {
      networks.add("LinkedIn");
    }
    if (d.xText() != null) {
      networks.add("X");
    }
    Ui.append(meta, Ui.plain("v" + item.version() + " \u00B7 " + String.join(", ", networks) + " \u00B7 "),
        audience(d), Ui.plain(d.language() == null ? "" : " \u00B7 " + d.language()),
        Ui.plain(" \u00B7 " + window(d) + " \u00B7 " + (item.shares() == 1 ? "1 share" : item.shares() + " shares")));
    Ui.append(main, title, meta);
    long now = Ui.now();
    String state = LibraryText.state(item, now, LocalTimes.millis(d.from()), LocalTimes.millis(d.until()));
    HTMLElement chip = Ui.text("span", "chip item-state" + (item.live() ? " chip--live" : ""), state);
    HTMLElement more = Ui.el("div", "row-more");
    HTMLElement actions = Ui.el("div", "row-actions");
    actions.appendChild(Ui.button("Preview", "button button--quiet", e -> preview(console, item, more)));
    if (!LibraryItem.ARCHIVED.equals(item.status())) {
      actions.appendChild(Ui.button("Edit\u2026", "button button--quiet", e -> {
        Ui.clear(more);
        ItemEditor editor = new ItemEditor(console, item, offices, teams, saved -> {
          console.notice(Ui.bdi(saved.draft().title()), Ui.plain(" is saved (version " + saved.version() + ")."));
          l.load();
        }, () -> Ui.clear(more));
        more.appendChild(editor.element);
        editor.focus();
      }));
      if (LibraryItem.DRAFT.equals(item.status())) {
        actions.appendChild(action(console, "Approve", ApiPaths.LIBRARY_APPROVE, item, " is approved.", l, more));
      }
      actions.appendChild(Ui.button("Schedule\u2026", "button button--quiet", e -> schedule(console, item, more, l)));
      actions.appendChild(action(console, "Archive", ApiPaths.LIBRARY_ARCHIVE, item, " is archived.", l, more));
    }
    Ui.append(row, main, Ui.append(Ui.el("div", "row-side"), chip, actions), more);
    return row;
  }

  private static HTMLElement audience(LibraryDraft d) {
    HTMLElement out = Ui.el("span", "item-audience");
    if (d.offices().isEmpty() && d.teams().isEmpty()) {
      out.textContent = "everyone";
      return out;
    }
    List<ItemPlace> all = new ArrayList<>(d.offices());
    all.addAll(d.teams());
    for (int i = 0; i < all.size(); i++) {
      Ui.append(out, i == 0 ? null : Ui.plain(", "), Ui.bdi(all.get(i).name()));
    }
    return out;
  }

  private static String window(LibraryDraft d) {
    String from = d.from() == null ? "now" : Ui.dateTime(LocalTimes.millis(d.from()));
    return d.until() == null ? "from " + from : from + " \u2013 " + Ui.dateTime(LocalTimes.millis(d.until()));
  }

  private static HTMLButtonElement action(Console console, String label, String path, LibraryItem item, String said,
      PagedList<LibraryItem> l, HTMLElement more) {
    HTMLButtonElement button = Ui.button(label, "button button--quiet", null);
    button.setAttribute("data-action", label.toLowerCase());
    button.addEventListener("click", e -> {
      button.disabled = true;
      console.api().post(path.replace(":id", String.valueOf(item.id())), JsPropertyMap.of(), reply -> {
        console.notice(Ui.bdi(item.draft().title()), Ui.plain(said));
        l.load();
      }, problem -> {
        button.disabled = false;
        Ui.clear(more);
        more.appendChild(Ui.text("p", "form-error", problem.message()));
      });
    });
    return button;
  }

  /** The posts as the panel would prefill them (with the item's own link; employees get their tracked one). */
  private static void preview(Console console, LibraryItem item, HTMLElement more) {
    console.api().get(ApiPaths.LIBRARY_PREVIEW.replace(":id", String.valueOf(item.id())), reply -> {
      Ui.clear(more);
      HTMLElement box = Ui.el("div", "preview-items");
      for (Suggestion s : SuggestionList.read(reply).suggestions()) {
        HTMLElement part = Ui.el("div", "preview-part");
        part.setAttribute("data-network", s.network().wireName());
        Ui.append(part, Ui.text("p", "preview-subject", s.network().displayName()),
            Ui.bdi("preview-text", s.shareText()));
        box.appendChild(part);
      }
      if (item.draft().imageUrl() != null) {
        box.appendChild(Ui.append(Ui.el("p", "row-meta"), Ui.plain("Picture: "), Ui.bdi(item.draft().imageUrl())));
      }
      more.appendChild(box);
    }, problem -> console.notice(problem.message()));
  }

  private static void schedule(Console console, LibraryItem item, HTMLElement more, PagedList<LibraryItem> l) {
    Ui.clear(more);
    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "form form--inline schedule");
    form.noValidate = true;
    Field from = Field.input("from", "datetime-local", "Live from", "Empty: now.");
    Field until = Field.input("until", "datetime-local", "Live until", "Empty: no end.");
    from.value(LocalTimes.toLocal(item.draft().from()));
    until.value(LocalTimes.toLocal(item.draft().until()));
    FormErrors errors = new FormErrors().field(from).field(until);
    HTMLButtonElement save = (HTMLButtonElement) Ui.text("button", "button button--primary", "Save window");
    save.type = "submit";
    form.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      JsPropertyMap<Object> body = JsPropertyMap.of();
      body.set("from", LocalTimes.toInstant(from.value()));
      body.set("until", LocalTimes.toInstant(until.value()));
      console.api().post(ApiPaths.LIBRARY_SCHEDULE.replace(":id", String.valueOf(item.id())), body, reply -> {
        console.notice(Ui.bdi(item.draft().title()), Ui.plain("'s window is saved."));
        l.load();
      }, errors::show);
    });
    Ui.append(form, Ui.append(Ui.el("div", "inline-row"), from.element, until.element,
        Ui.append(Ui.el("div", "form-actions"), save, Ui.button("Cancel", "button button--quiet", e -> Ui.clear(more)))),
        errors.formError);
    more.appendChild(form);
  }

  private static void read(List<PlaceLine> into, WireReader reply) {
    into.clear();
    for (WireReader r : reply.objects("items")) {
      into.add(PlaceLine.read(r));
    }
  }

  private static HTMLOptionElement option(String value, String label) {
    HTMLOptionElement o = (HTMLOptionElement) DomGlobal.document.createElement("option");
    o.value = value;
    o.textContent = label;
    return o;
  }
}
