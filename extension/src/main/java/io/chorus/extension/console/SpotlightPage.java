package io.chorus.extension.console;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.PersonLine;
import io.chorus.shared.wire.SpotlightRequest;
import jsinterop.base.JsPropertyMap;

/**
 * The liaison's spotlight: find a colleague (by name or email, paged), write a note, and give them the
 * spotlight badge ({@code POST /api/badges/spotlight}); the office screens show it at once. A person
 * holds it once: those who do are marked and cannot be picked again.
 */
final class SpotlightPage implements ConsolePage {
  private PersonLine chosen;
  private double searchTimer;

  @Override
  public String id() {
    return "spotlight";
  }

  @Override
  public String title() {
    return "Spotlight";
  }

  @Override
  public HTMLElement open(Console console) {
    chosen = null;
    HTMLElement page = Ui.el("div", "page-body");
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, "Recognise someone by hand with the \u201C"
        + Badge.SPOTLIGHT.title() + "\u201D badge. They see it in the extension, and the office screens show it "
        + "with your note. Each person can hold it once."));
    page.appendChild(note);
    HTMLElement columns = Ui.el("div", "columns");

    // The person.
    HTMLElement people = Ui.el("section", "card card--list");
    people.appendChild(Ui.text("h2", "card-title", "1. Choose a person"));
    Field search = Field.input("q", "search", "Find by name or email", null);
    search.attribute("autocomplete", "off");
    people.appendChild(search.element);

    // The award.
    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "card form");
    form.noValidate = true;
    form.appendChild(Ui.text("h2", "card-title", "2. Write a note and give the spotlight"));
    HTMLElement chosenView = Ui.text("div", "chosen chosen--none", "Nobody chosen yet.");
    Field person = Field.custom("employeeId", "Person", chosenView);
    Field noteField = Field.textarea("note", "Note", "A sentence or two on why; it is shown with the badge.",
        SpotlightRequest.MAX_NOTE);
    FormErrors errors = new FormErrors().field(person).field(noteField)
        .codeMeans(ErrorCode.UNKNOWN_COLLEAGUE.code(), "employeeId")
        .codeMeans(ErrorCode.ALREADY_AWARDED.code(), "employeeId");
    HTMLButtonElement give = (HTMLButtonElement) Ui.text("button", "button button--primary", "Give the spotlight");
    give.type = "submit";
    Ui.append(form, person.element, noteField.element, errors.formError,
        Ui.append(Ui.el("div", "form-actions"), give));

    PagedList<PersonLine> list = new PagedList<>(console.api(), ApiPaths.LIAISON_PEOPLE + "?limit=12", "after",
        PersonLine::read, (p, l) -> personRow(p, pick -> {
          chosen = pick;
          Ui.clear(chosenView);
          chosenView.className = "chosen";
          Ui.append(chosenView, Ui.bdi("person", pick.name()), Ui.text("span", "muted", " \u00B7 "),
              Ui.bdi("muted", pick.email()));
          person.clearError();
          noteField.focus();
        }), "People", "Nobody matches.").pagerLabels("Back", "More");
    people.appendChild(list.element());
    search.control.addEventListener("input", e -> {
      DomGlobal.clearTimeout(searchTimer);
      searchTimer = DomGlobal.setTimeout(t -> {
        String q = search.value().trim();
        list.path(ApiPaths.LIAISON_PEOPLE + "?limit=12"
            + (q.isEmpty() ? "" : "&q=" + elemental2.core.Global.encodeURIComponent(q)));
      }, 250);
    });
    list.load();

    form.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      if (chosen == null) {
        errors.show("employeeId", "Choose a person from the list first.");
        return;
      }
      PersonLine who = chosen;
      give.disabled = true;
      console.api().post(ApiPaths.SPOTLIGHT, JsPropertyMap.of("employeeId", (double) who.id(), "note", noteField.value()),
          reply -> {
            give.disabled = false;
            noteField.value("");
            chosen = null;
            Ui.clear(chosenView);
            chosenView.className = "chosen chosen--none";
            chosenView.textContent = "Nobody chosen yet.";
            console.notice(Ui.bdi(who.name()), Ui.plain(" now holds the " + Badge.SPOTLIGHT.title() + " badge."));
            list.load();
          }, problem -> {
            give.disabled = false;
            errors.show(problem);
          });
    });

    Ui.append(columns, people, form);
    page.appendChild(columns);
    return page;
  }

  private static HTMLElement personRow(PersonLine p, java.util.function.Consumer<PersonLine> pick) {
    HTMLElement row = Ui.el("li", "row row--person");
    HTMLButtonElement choose = Ui.button(null, "person-pick", e -> pick.accept(p));
    choose.textContent = "";
    HTMLElement who = Ui.el("span", "person-who");
    Ui.append(who, Ui.bdi("person", p.name()), Ui.el("br", null), Ui.bdi("muted small", p.email()));
    HTMLElement where = Ui.el("span", "person-where muted small");
    if (p.office() != null) {
      where.appendChild(Ui.bdi(p.office()));
    }
    if (p.team() != null) {
      Ui.append(where, Ui.plain(p.office() == null ? "" : " \u00B7 "), Ui.bdi(p.team()));
    }
    Ui.append(choose, who, where);
    if (p.spotlightAt() != 0) {
      choose.disabled = true;
      choose.appendChild(Ui.text("span", "chip chip--star", "Spotlighted " + Ui.dateTime(p.spotlightAt())));
    }
    row.appendChild(choose);
    return row;
  }
}
