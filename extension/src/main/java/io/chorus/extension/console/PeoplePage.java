package io.chorus.extension.console;

import elemental2.core.Global;
import elemental2.dom.DomGlobal;
import elemental2.dom.File;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import elemental2.dom.HTMLOptionElement;
import elemental2.dom.HTMLSelectElement;
import io.chorus.extension.ui.UserText;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ImportReport;
import io.chorus.shared.wire.InviteLink;
import io.chorus.shared.wire.PersonLine;
import io.chorus.shared.wire.PersonStatus;
import io.chorus.shared.wire.PlaceLine;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.WireReader;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.JsPropertyMap;

/**
 * People: invite by CSV (every refused line named, the new people's one-time links to copy), the
 * company's people by name with their status (invited, joined, active, deactivated), search and a
 * status filter; edit one (name, office, team, role, language), deactivate or reactivate them, or make
 * a new link for someone who has not joined; and the offices and teams (add, rename, delete when empty).
 */
final class PeoplePage implements ConsolePage {
  private static final String LIST = ApiPaths.LIAISON_PEOPLE + "?limit=15";

  private final List<PlaceLine> offices = new ArrayList<>();
  private final List<PlaceLine> teams = new ArrayList<>();
  private PagedList<PersonLine> list;
  private String query = "";
  private String status = "current";
  private double searchTimer;

  @Override
  public String id() {
    return "people";
  }

  @Override
  public String title() {
    return "People";
  }

  @Override
  public HTMLElement open(Console console) {
    HTMLElement page = Ui.el("div", "page-body");
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, "Invite people with a CSV file: a header line with the "
        + "columns name, email, office, team, language, role (name and email required). Each new person gets a "
        + "one-time link to set their password, valid 7 days. Importing the same file again changes nothing. "
        + "A deactivated person can no longer sign in and is off the boards; their points stay in the ledger."));
    page.appendChild(note);

    list = new PagedList<>(console.api(), LIST, "after", PersonLine::read, (p, l) -> personRow(console, p, l),
        "People", "Nobody here yet.").pagerLabels("Back", "More");
    HTMLElement places = Ui.el("div", "places");
    Ui.append(page, importCard(console), peopleCard(console), places);
    loadPlaces(console, places);
    list.load();
    return page;
  }

  // ---- import ----

  private HTMLElement importCard(Console console) {
    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "card form import");
    form.noValidate = true;
    form.appendChild(Ui.text("h2", "card-title", "Invite from a CSV file"));
    Field file = Field.input("file", "file", "CSV file", "UTF-8, at most 1 MB. Comma or semicolon separated.");
    file.attribute("accept", ".csv,text/csv");
    FormErrors errors = new FormErrors().field(file);
    HTMLButtonElement send = (HTMLButtonElement) Ui.text("button", "button button--primary", "Import");
    send.type = "submit";
    HTMLElement result = Ui.el("div", "import-result");
    result.setAttribute("aria-live", "polite");
    Ui.append(form, Ui.append(Ui.el("div", "inline-row"), file.element, Ui.append(Ui.el("div", "form-actions"), send)),
        errors.formError, result);
    form.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      HTMLInputElement input = (HTMLInputElement) file.control;
      if (input.files == null || input.files.length == 0) {
        errors.show("file", "Choose a CSV file first.");
        return;
      }
      File chosen = input.files.item(0);
      String problem = PeopleText.fileProblem(chosen.name, chosen.size);
      if (problem != null) {
        errors.show("file", problem);
        return;
      }
      send.disabled = true;
      send.textContent = "Importing\u2026";
      console.api().upload(ApiPaths.PEOPLE_IMPORT, chosen, "text/csv", reply -> {
        send.disabled = false;
        send.textContent = "Import";
        input.value = "";
        showReport(result, ImportReport.read(reply));
        list.path(listPath());
        loadPlaces(console, null);
      }, failed -> {
        send.disabled = false;
        send.textContent = "Import";
        errors.show(failed.field() == null ? new ApiProblem(failed.status(), failed.code(), failed.message(), "file")
            : failed);
      });
    });
    return form;
  }

  private static void showReport(HTMLElement result, ImportReport report) {
    Ui.clear(result);
    result.appendChild(Ui.text("p", "import-summary", PeopleText.importSummary(report)));
    if (!report.problems().isEmpty()) {
      HTMLElement problems = Ui.el("ul", "import-problems");
      problems.setAttribute("aria-label", "Refused lines");
      for (ImportReport.Problem p : report.problems()) {
        HTMLElement item = Ui.el("li", "import-problem");
        item.setAttribute("data-line", String.valueOf(p.line()));
        // The message may quote the file: text, isolated.
        Ui.append(item, Ui.text("span", "import-line", "Line " + p.line()),
            p.column() == null ? null : Ui.text("span", "import-column", p.column()), Ui.bdi("import-message", p.message()));
        problems.appendChild(item);
      }
      result.appendChild(problems);
    }
    if (!report.invites().isEmpty()) {
      result.appendChild(Ui.text("h3", "import-links-title", "Links to set a password \u2014 shown only this once"));
      result.appendChild(Ui.text("p", "field-hint", "Send each person their own link. Each works once, for 7 days; "
          + "a new one can be made from the list below."));
      HTMLElement links = Ui.el("ul", "invite-links");
      for (InviteLink link : report.invites()) {
        links.appendChild(linkRow(link));
      }
      result.appendChild(links);
    }
  }

  private static HTMLElement linkRow(InviteLink link) {
    HTMLElement row = Ui.el("li", "invite-link");
    row.setAttribute("data-email", link.email());
    HTMLElement who = Ui.el("p", "invite-who");
    Ui.append(who, Ui.bdi("person", link.name()), Ui.text("span", "muted", " \u00B7 "), Ui.bdi("muted", link.email()),
        link.emailed() ? Ui.text("span", "chip chip--live", "Emailed") : null);
    HTMLInputElement field = (HTMLInputElement) DomGlobal.document.createElement("input");
    field.type = "text";
    field.readOnly = true;
    field.value = link.url();
    field.className = "made-link";
    field.setAttribute("aria-label", "Link for " + link.email());
    field.addEventListener("focus", e -> field.select());
    HTMLButtonElement copy = Ui.button("Copy", "button", null);
    copy.addEventListener("click", e -> {
      field.select();
      if (DomGlobal.navigator.clipboard == null) {
        copy.textContent = "Press Ctrl+C";
        return;
      }
      DomGlobal.navigator.clipboard.writeText(link.url()).then(ok -> {
        copy.textContent = "Copied";
        return null;
      }, failed -> {
        copy.textContent = "Press Ctrl+C";
        return null;
      });
    });
    Ui.append(row, who, Ui.append(Ui.el("div", "made-row"), field, copy));
    return row;
  }

  // ---- the list ----

  private HTMLElement peopleCard(Console console) {
    HTMLElement card = Ui.el("section", "card card--list");
    card.appendChild(Ui.text("h2", "card-title", "People"));
    Field search = Field.input("q", "search", "Find by name or email", null);
    search.attribute("autocomplete", "off");
    HTMLSelectElement filter = (HTMLSelectElement) Ui.el("select", "status-filter");
    filter.setAttribute("aria-label", "Show");
    filter.name = "status";
    for (String[] option : new String[][] {{"current", "Not deactivated"}, {"invited", "Invited"},
        {"joined", "Joined"}, {"active", "Active (shared in 30 days)"}, {"deactivated", "Deactivated"},
        {"all", "Everyone"}}) {
      filter.appendChild(option(option[0], option[1]));
    }
    filter.addEventListener("change", e -> {
      status = filter.value;
      list.path(listPath());
    });
    search.control.addEventListener("input", e -> {
      DomGlobal.clearTimeout(searchTimer);
      searchTimer = DomGlobal.setTimeout(t -> {
        query = search.value().trim();
        list.path(listPath());
      }, 250);
    });
    HTMLElement show = Ui.el("div", "field");
    Ui.append(show, Ui.text("span", "field-label", "Show"), filter);
    Ui.append(card, Ui.append(Ui.el("div", "inline-row filters"), search.element, show), list.element());
    return card;
  }

  private String listPath() {
    return LIST + "&status=" + status + (query.isEmpty() ? "" : "&q=" + Global.encodeURIComponent(query));
  }

  private HTMLElement personRow(Console console, PersonLine p, PagedList<PersonLine> l) {
    HTMLElement row = Ui.el("li", p.deactivated() ? "row row--person-line row--voided" : "row row--person-line");
    row.setAttribute("data-person", String.valueOf(p.id()));
    row.setAttribute("data-email", p.email());
    HTMLElement main = Ui.el("div", "row-main");
    HTMLElement title = Ui.el("p", "row-title");
    Ui.append(title, Ui.bdi("person", p.name()), Ui.text("span", "muted", " \u00B7 "), Ui.bdi("muted", p.email()));
    HTMLElement meta = Ui.el("p", "row-meta");
    boolean any = false;
    if (p.office() != null) {
      meta.appendChild(Ui.bdi("office", p.office()));
      any = true;
    }
    if (p.team() != null) {
      Ui.append(meta, any ? Ui.plain(" \u00B7 ") : null, Ui.bdi("team", p.team()));
      any = true;
    }
    if (p.language() != null) {
      Ui.append(meta, any ? Ui.plain(" \u00B7 ") : null, Ui.text("span", "language", p.language()));
      any = true;
    }
    if (p.role() == Role.LIAISON) {
      Ui.append(meta, any ? Ui.plain(" \u00B7 ") : null, Ui.text("span", "role", "Liaison"));
    }
    Ui.append(main, title, meta);

    HTMLElement side = Ui.el("div", "row-side");
    HTMLElement chip = Ui.text("span", "chip status status--" + p.status().wireName(), p.status().label());
    chip.title = when(p);
    side.appendChild(chip);
    HTMLElement more = Ui.el("div", "row-more");
    HTMLElement actions = Ui.el("div", "row-actions");
    actions.appendChild(Ui.button("Edit\u2026", "button button--quiet", e -> edit(console, p, more)));
    if (p.status() == PersonStatus.INVITED) {
      actions.appendChild(Ui.button("New link", "button button--quiet", e ->
          console.api().post(ApiPaths.PERSON_INVITE.replace(":id", String.valueOf(p.id())), JsPropertyMap.of(), reply -> {
            Ui.clear(more);
            more.appendChild(Ui.text("p", "made-title", "A new link \u2014 shown only this once; older links stop working."));
            more.appendChild(linkRow(InviteLink.read(reply)));
          }, problem -> console.notice(problem.message()))));
    }
    if (p.deactivated()) {
      actions.appendChild(Ui.button("Reactivate", "button button--quiet", e ->
          console.api().post(ApiPaths.PERSON_REACTIVATE.replace(":id", String.valueOf(p.id())), JsPropertyMap.of(),
              reply -> {
                console.notice(Ui.bdi(p.name()), Ui.plain(" is active again and back on the boards."));
                l.load();
              }, problem -> console.notice(problem.message()))));
    } else if (p.id() != console.liaison().employeeId()) {
      actions.appendChild(Ui.button("Deactivate\u2026", "button button--danger-quiet", e -> confirmDeactivate(console, p, more, l)));
    }
    side.appendChild(actions);
    Ui.append(row, main, side, more);
    return row;
  }

  private static String when(PersonLine p) {
    if (p.deactivatedAt() != 0) {
      return "Deactivated " + Ui.dateTime(p.deactivatedAt());
    }
    if (p.joinedAt() != 0) {
      return "Joined " + Ui.dateTime(p.joinedAt());
    }
    return p.invitedAt() == 0 ? "" : "Invited " + Ui.dateTime(p.invitedAt());
  }

  private static void confirmDeactivate(Console console, PersonLine p, HTMLElement more, PagedList<PersonLine> l) {
    Ui.clear(more);
    HTMLElement confirm = Ui.el("div", "confirm");
    HTMLElement question = Ui.el("p", null);
    Ui.append(question, Ui.plain("Deactivate "), Ui.bdi(p.name()), Ui.plain("? They are signed out everywhere at once "
        + "(extension and console), cannot sign in, and leave the boards. Their points stay in the ledger; "
        + "reactivating brings them back."));
    HTMLElement error = Ui.el("p", "form-error");
    error.setAttribute("role", "alert");
    error.hidden = true;
    HTMLButtonElement yes = Ui.button("Deactivate", "button button--danger", null);
    yes.addEventListener("click", ev -> {
      yes.disabled = true;
      console.api().post(ApiPaths.PERSON_DEACTIVATE.replace(":id", String.valueOf(p.id())), JsPropertyMap.of(), reply -> {
        console.notice(Ui.bdi(p.name()), Ui.plain(" is deactivated."));
        l.load();
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
  }

  private void edit(Console console, PersonLine p, HTMLElement more) {
    Ui.clear(more);
    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "form edit-person");
    form.noValidate = true;
    Field name = Field.input("name", "text", "Name", null);
    name.value(p.name());
    name.attribute("maxlength", "100");
    Field office = Field.select("officeId", "Office", places(offices, p.officeId(), "No office"));
    Field team = Field.select("teamId", "Team", places(teams, p.teamId(), "No team"));
    HTMLSelectElement roleSelect = (HTMLSelectElement) Ui.el("select", null);
    roleSelect.appendChild(option("employee", "Employee"));
    roleSelect.appendChild(option("liaison", "Liaison"));
    roleSelect.value = p.role().wireName();
    Field role = Field.select("role", "Role", roleSelect);
    Field language = Field.input("language", "text", "Language", "Two letters, such as lv, nl, en; empty for none.");
    language.value(p.language() == null ? "" : p.language());
    language.attribute("maxlength", "35");
    FormErrors errors = new FormErrors().field(name).field(office).field(team).field(role).field(language);
    HTMLButtonElement save = (HTMLButtonElement) Ui.text("button", "button button--primary", "Save");
    save.type = "submit";
    Ui.append(form, Ui.append(Ui.el("div", "edit-grid"), name.element, office.element, team.element, role.element,
        language.element), errors.formError, Ui.append(Ui.el("div", "form-actions"), save,
        Ui.button("Cancel", "button button--quiet", e -> Ui.clear(more))));
    form.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      save.disabled = true;
      JsPropertyMap<Object> body = JsPropertyMap.of("name", name.value(),
          "officeId", Double.parseDouble(((HTMLSelectElement) office.control).value),
          "teamId", Double.parseDouble(((HTMLSelectElement) team.control).value));
      body.set("role", roleSelect.value);
      body.set("language", language.value().trim().isEmpty() ? null : language.value());
      console.api().put(ApiPaths.PERSON.replace(":id", String.valueOf(p.id())), body, reply -> {
        PersonLine now = PersonLine.read(reply);
        console.notice(Ui.bdi(now.name()), Ui.plain(" is saved."));
        list.load();
        loadPlaces(console, null);
      }, problem -> {
        save.disabled = false;
        errors.show(problem);
      });
    });
    more.appendChild(form);
    name.focus();
  }

  private static HTMLSelectElement places(List<PlaceLine> all, long chosen, String none) {
    HTMLSelectElement select = (HTMLSelectElement) Ui.el("select", null);
    select.appendChild(option("0", none));
    for (PlaceLine place : all) {
      // An option's label is text only, so no <bdi>: the name is isolated with FSI … PDI instead.
      select.appendChild(option(String.valueOf(place.id()), UserText.isolate(place.name())));
    }
    select.value = String.valueOf(chosen);
    return select;
  }

  private static HTMLOptionElement option(String value, String label) {
    HTMLOptionElement o = (HTMLOptionElement) DomGlobal.document.createElement("option");
    o.value = value;
    o.textContent = label;
    return o;
  }

  // ---- offices and teams ----

  private HTMLElement placesHost;

  private void loadPlaces(Console console, HTMLElement host) {
    if (host != null) {
      placesHost = host;
    }
    console.api().get(ApiPaths.LIAISON_OFFICES, officesReply -> console.api().get(ApiPaths.LIAISON_TEAMS, teamsReply -> {
      read(offices, officesReply);
      read(teams, teamsReply);
      Ui.clear(placesHost);
      Ui.append(placesHost, placesCard(console, "Offices", "office", ApiPaths.OFFICES, ApiPaths.OFFICE, offices),
          placesCard(console, "Teams", "team", ApiPaths.TEAMS, ApiPaths.TEAM, teams));
    }, problem -> placesHost.textContent = problem.message()), problem -> placesHost.textContent = problem.message());
  }

  private static void read(List<PlaceLine> into, WireReader reply) {
    into.clear();
    for (WireReader r : reply.objects("items")) {
      into.add(PlaceLine.read(r));
    }
  }

  private HTMLElement placesCard(Console console, String title, String word, String createPath, String onePath,
      List<PlaceLine> all) {
    HTMLElement card = Ui.el("section", "card card--list places-card");
    card.setAttribute("data-places", word);
    card.appendChild(Ui.text("h2", "card-title", title));
    HTMLElement rows = Ui.el("ul", "rows");
    rows.setAttribute("aria-label", title);
    for (PlaceLine place : all) {
      rows.appendChild(placeRow(console, word, onePath, place));
    }
    if (all.isEmpty()) {
      rows.appendChild(Ui.text("li", "list-status", "None yet."));
    }
    HTMLFormElement add = (HTMLFormElement) Ui.el("form", "form form--inline");
    add.noValidate = true;
    Field name = Field.input("name", "text", "New " + word, null);
    name.attribute("maxlength", "100");
    name.attribute("autocomplete", "off");
    FormErrors errors = new FormErrors().field(name);
    HTMLButtonElement create = (HTMLButtonElement) Ui.text("button", "button", "Add");
    create.type = "submit";
    add.addEventListener("submit", e -> {
      e.preventDefault();
      errors.clear();
      console.api().post(createPath, JsPropertyMap.of("name", name.value()), reply -> loadPlaces(console, null),
          errors::show);
    });
    Ui.append(add, Ui.append(Ui.el("div", "inline-row"), name.element, Ui.append(Ui.el("div", "form-actions"), create)),
        errors.formError);
    Ui.append(card, rows, add);
    return card;
  }

  private HTMLElement placeRow(Console console, String word, String onePath, PlaceLine place) {
    HTMLElement row = Ui.el("li", "row place");
    row.setAttribute("data-place", String.valueOf(place.id()));
    HTMLElement main = Ui.el("div", "row-main");
    Ui.append(main, Ui.append(Ui.el("p", "row-title"), Ui.bdi("place-name", place.name())),
        Ui.text("p", "row-meta", place.people() == 1 ? "1 person" : place.people() + " people"));
    HTMLElement more = Ui.el("div", "row-more");
    String path = onePath.replace(":id", String.valueOf(place.id()));
    HTMLElement actions = Ui.el("div", "row-actions");
    actions.appendChild(Ui.button("Rename\u2026", "button button--quiet", e -> {
      Ui.clear(more);
      HTMLFormElement form = (HTMLFormElement) Ui.el("form", "form form--inline");
      form.noValidate = true;
      Field name = Field.input("name", "text", "New name", null);
      name.value(place.name());
      name.attribute("maxlength", "100");
      FormErrors errors = new FormErrors().field(name);
      HTMLButtonElement save = (HTMLButtonElement) Ui.text("button", "button button--primary", "Rename");
      save.type = "submit";
      form.addEventListener("submit", ev -> {
        ev.preventDefault();
        errors.clear();
        console.api().put(path, JsPropertyMap.of("name", name.value()), reply -> {
          loadPlaces(console, null);
          list.load();
        }, errors::show);
      });
      Ui.append(form, Ui.append(Ui.el("div", "inline-row"), name.element, Ui.append(Ui.el("div", "form-actions"), save,
          Ui.button("Cancel", "button button--quiet", ev -> Ui.clear(more)))), errors.formError);
      more.appendChild(form);
      name.focus();
    }));
    HTMLButtonElement delete = Ui.button("Delete", "button button--danger-quiet", null);
    delete.disabled = place.people() > 0;
    delete.title = place.people() > 0 ? "Move its people to another " + word + " first." : "";
    delete.addEventListener("click", e -> console.api().delete(path, reply -> loadPlaces(console, null),
        problem -> {
          Ui.clear(more);
          more.appendChild(Ui.text("p", "form-error", problem.message()));
        }));
    actions.appendChild(delete);
    Ui.append(row, main, Ui.append(Ui.el("div", "row-side"), actions), more);
    return row;
  }
}
