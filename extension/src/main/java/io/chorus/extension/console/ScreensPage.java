package io.chorus.extension.console;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ScreenLine;
import jsinterop.base.JsPropertyMap;

/**
 * Office screens: make a screen link (shown once, to copy onto the TV's browser), see each screen's
 * name, when it was made and last seen, and revoke one (that screen is locked out at once).
 */
final class ScreensPage implements ConsolePage {
  static final int MAX_NAME = 100;

  @Override
  public String id() {
    return "screens";
  }

  @Override
  public String title() {
    return "Screens";
  }

  @Override
  public HTMLElement open(Console console) {
    HTMLElement page = Ui.el("div", "page-body");
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, "An office screen shows the live leaderboard on a TV. "
        + "Each screen has its own link; revoke it and that screen stops at once, the others carry on."));
    page.appendChild(note);

    PagedList<ScreenLine> list = new PagedList<>(console.api(), ApiPaths.LIAISON_SCREENS + "?limit=10", "before",
        ScreenLine::read, (screen, l) -> screenRow(console, screen, l), "Screens", "No screens yet.");

    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "card form form--inline");
    form.noValidate = true;
    form.appendChild(Ui.text("h2", "card-title", "New screen"));
    Field name = Field.input("name", "text", "Name", "Where it hangs, e.g. \u201CRiga lobby\u201D.");
    name.attribute("maxlength", String.valueOf(MAX_NAME));
    name.attribute("autocomplete", "off");
    FormErrors errors = new FormErrors().field(name);
    HTMLButtonElement create = (HTMLButtonElement) Ui.text("button", "button button--primary", "Create link");
    create.type = "submit";
    HTMLElement made = Ui.el("div", "made");
    made.hidden = true;
    Ui.append(form, Ui.append(Ui.el("div", "inline-row"), name.element, Ui.append(Ui.el("div", "form-actions"), create)),
        errors.formError, made);
    form.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      create.disabled = true;
      console.api().post(ApiPaths.SCREENS, JsPropertyMap.of("name", name.value()), reply -> {
        create.disabled = false;
        name.value("");
        showLink(made, reply.string("name"), reply.string("url"));
        list.path(ApiPaths.LIAISON_SCREENS + "?limit=10");
      }, problem -> {
        create.disabled = false;
        errors.show(problem);
      });
    });

    HTMLElement screens = Ui.el("section", "card card--list");
    screens.appendChild(Ui.text("h2", "card-title", "Screens"));
    screens.appendChild(list.element());
    Ui.append(page, form, screens);
    list.load();
    return page;
  }

  /** The new link, once: a read-only field to select, a copy button, and what the link is worth. */
  private static void showLink(HTMLElement made, String screenName, String url) {
    Ui.clear(made);
    HTMLElement title = Ui.el("p", "made-title");
    Ui.append(title, Ui.icon("screens"), Ui.plain(" Link for "), Ui.bdi(screenName),
        Ui.plain(" \u2014 shown only this once"));
    HTMLInputElement link = (HTMLInputElement) DomGlobal.document.createElement("input");
    link.type = "text";
    link.readOnly = true;
    link.value = url;
    link.className = "made-link";
    link.setAttribute("aria-label", "Screen link");
    link.addEventListener("focus", e -> link.select());
    HTMLButtonElement copy = Ui.button("Copy", "button", null);
    copy.addEventListener("click", e -> {
      link.select();
      if (DomGlobal.navigator.clipboard == null) {
        copy.textContent = "Press Ctrl+C";
        return;
      }
      DomGlobal.navigator.clipboard.writeText(url).then(ok -> {
        copy.textContent = "Copied";
        return null;
      }, failed -> {
        copy.textContent = "Press Ctrl+C";
        return null;
      });
    });
    Ui.append(made, title, Ui.append(Ui.el("div", "made-row"), link, copy),
        Ui.text("p", "field-hint", "Open it in the screen's browser. Anyone with this link can watch the "
            + "board until you revoke it; it is not shown again."));
    made.hidden = false;
    link.focus();
  }

  private static HTMLElement screenRow(Console console, ScreenLine screen, PagedList<ScreenLine> list) {
    HTMLElement row = Ui.el("li", screen.revoked() ? "row row--voided" : "row");
    row.setAttribute("data-screen", screen.id());
    HTMLElement main = Ui.el("div", "row-main");
    HTMLElement line = Ui.el("p", "row-title");
    Ui.append(line, Ui.bdi("screen-name", screen.name()));
    HTMLElement meta = Ui.el("p", "row-meta");
    Ui.append(meta, Ui.plain("Created "), Ui.time(screen.createdAt(), Ui.dateTime(screen.createdAt())));
    if (screen.createdBy() != null) {
      Ui.append(meta, Ui.plain(" by "), Ui.bdi(screen.createdBy()));
    }
    HTMLElement seen = Ui.el("p", "row-meta last-seen");
    seen.appendChild(Ui.plain("Last seen: "));
    seen.appendChild(screen.lastSeenAt() == 0 ? Ui.plain("never")
        : Ui.time(screen.lastSeenAt(), Labels.lastSeen(screen.lastSeenAt(), Ui.now())));
    Ui.append(main, line, meta, seen);

    HTMLElement side = Ui.el("div", "row-side");
    HTMLElement more = Ui.el("div", "row-more");
    if (screen.revoked()) {
      HTMLElement chip = Ui.text("span", "chip chip--void", "Revoked " + Ui.dateTime(screen.revokedAt()));
      side.appendChild(chip);
    } else {
      side.appendChild(Ui.text("span", "chip chip--live", "Active"));
      HTMLButtonElement revoke = Ui.button("Revoke\u2026", "button button--danger-quiet", null);
      revoke.addEventListener("click", e -> {
        Ui.clear(more);
        HTMLElement confirm = Ui.el("div", "confirm");
        HTMLElement question = Ui.el("p", null);
        Ui.append(question, Ui.plain("Revoke "), Ui.bdi(screen.name()),
            Ui.plain("? The screen stops showing the board at once, and its link never works again."));
        HTMLElement error = Ui.el("p", "form-error");
        error.setAttribute("role", "alert");
        error.hidden = true;
        HTMLButtonElement yes = Ui.button("Revoke screen", "button button--danger", null);
        yes.addEventListener("click", ev -> {
          yes.disabled = true;
          console.api().post(ApiPaths.SCREEN_REVOKE.replace(":id", screen.id()), JsPropertyMap.of(), reply -> {
            console.notice(Ui.bdi(screen.name()), Ui.plain(" is revoked."));
            list.load();
          }, problem -> {
            yes.disabled = false;
            error.textContent = problem.message();
            error.hidden = false;
          });
        });
        Ui.append(confirm, question, error, Ui.append(Ui.el("div", "form-actions"), yes,
            Ui.button("Cancel", "button button--quiet", ev -> Ui.clear(more))));
        more.appendChild(confirm);
        yes.focus();
      });
      side.appendChild(Ui.append(Ui.el("div", "row-actions"), revoke));
    }
    Ui.append(row, main, side, more);
    return row;
  }
}
