package io.chorus.extension.console;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLInputElement;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ContestDraft;
import io.chorus.shared.wire.ContestPlace;
import io.chorus.shared.wire.ContestView;
import io.chorus.shared.wire.PlaceLine;
import io.chorus.shared.wire.WireException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jsinterop.base.JsPropertyMap;

/**
 * A contest's every setting, to create a draft ({@code POST /api/contests}) or change one
 * ({@code PUT /api/contests/:id}, the whole contest again). The shared {@link ContestDraft} reads the
 * form first, so a bad value is named next to its field before anything is sent; the server then
 * judges what only it can (an overlapping contest with the same hashtag, a start in the past, a live
 * contest's locked fields) and its answer goes next to the field it names.
 */
final class ContestForm {
  private final Console console;
  private final ContestView editing;
  private final Consumer<ContestView> saved;
  private final HTMLFormElement element = (HTMLFormElement) Ui.el("form", "card form contest-form");
  private final FormErrors errors = new FormErrors();
  private final List<Field> fields = new ArrayList<>();
  private final Field name = add(Field.input("name", "text", "Name", null));
  private final Field hashtag = add(Field.input("hashtag", "text", "Hashtag", ContestTexts.HASHTAG_HINT));
  private final Field description = add(Field.textarea("description", "Description", ContestTexts.DESCRIPTION_HINT,
      ContestDraft.MAX_DESCRIPTION));
  private final Field rules = add(Field.textarea("rules", "Rules", ContestTexts.RULES_HINT, ContestDraft.MAX_RULES));
  private final Field starts = add(Field.input("starts", "datetime-local", "Starts", null));
  private final Field ends = add(Field.input("ends", "datetime-local", "Ends", null));
  private final PlacePicker offices = new PlacePicker("offices", "Offices");
  private final PlacePicker teams = new PlacePicker("teams", "Teams");
  private final HTMLInputElement countsShares = checkbox("countsShares");
  private final HTMLInputElement countsOwnPosts = checkbox("countsOwnPosts");
  private final Field counts = add(Field.custom("countsShares", "What counts", Ui.el("div", "checks")));
  private final Field perEntry = add(Field.number("pointsPerEntry", "Points per entry", null));
  private final Field perClick = add(Field.number("pointsPerClick", "Points per unique click", ContestTexts.CLICK_HINT));
  private final Field perDay = add(Field.number("maxEntriesPerDay", "Entries per person per day", "0: no limit."));
  private final Field grace = add(Field.number("graceHours", "Grace period (hours)", ContestTexts.GRACE_HINT));
  private final Field topN = add(Field.number("prizeTopN", "Prizes for the top", "How many leaders win; 0: none."));
  private final Field drawK = add(Field.number("drawWinners", "Draw winners", "Drawn by lot at the end; 0: no draw."));
  private final Field drawM = add(Field.number("drawMinEntries", "Entries needed for the draw",
      "Only people with at least this many entries are in the draw."));
  private final HTMLButtonElement save = (HTMLButtonElement) Ui.text("button", "button button--primary", "Save");

  ContestForm(Console console, ContestView editing, Consumer<ContestView> saved, Runnable cancel) {
    this.console = console;
    this.editing = editing;
    this.saved = saved;
    element.noValidate = true;
    element.appendChild(Ui.text("h2", "card-title", editing == null ? "New contest" : "Edit contest"));
    name.attribute("maxlength", String.valueOf(ContestDraft.MAX_NAME));
    hashtag.attribute("maxlength", String.valueOf(ContestDraft.MAX_HASHTAG + 1));
    hashtag.attribute("spellcheck", "false");
    hashtag.attribute("placeholder", "#worksomewhereyoulove");
    Ui.append(counts.control, check(countsShares, ContestTexts.COUNTS_SHARES),
        check(countsOwnPosts, ContestTexts.COUNTS_OWN_POSTS));
    errors.field(offices.field).field(teams.field);
    for (Field f : fields) {
      errors.field(f);
    }
    // The server's refusals that are about one field, whatever field its answer names.
    errors.codeMeans("hashtag_taken", "hashtag")
        .codeMeans("office_not_found", "offices").codeMeans("team_not_found", "teams");
    HTMLElement zone = Ui.text("p", "field-hint", ContestTexts.zoneHint(editing == null ? null : editing.timeZone()));
    save.type = "submit";
    Ui.append(element,
        set("About", name.element, hashtag.element, description.element, rules.element),
        set("When", Ui.append(Ui.el("div", "field-grid"), starts.element, ends.element), zone),
        set("Who may enter", Ui.text("p", "field-hint", ContestTexts.WHO_HINT), offices.field.element,
            teams.field.element),
        set("Scoring", counts.element, Ui.append(Ui.el("div", "field-grid"), perEntry.element, perClick.element,
            perDay.element, grace.element)),
        set("Prizes", Ui.append(Ui.el("div", "field-grid"), topN.element, drawK.element, drawM.element)),
        errors.formError,
        Ui.append(Ui.el("div", "form-actions"), save, Ui.button("Cancel", "button button--quiet", e -> cancel.run())));
    fill(editing);
    element.addEventListener("submit", e -> {
      e.preventDefault();
      submit();
    });
  }

  HTMLElement element() {
    return element;
  }

  /** Loads the company's offices and teams into the pickers (ticking the contest's own). */
  void load() {
    offices.load(console, ApiPaths.LIAISON_OFFICES, editing == null ? List.of() : editing.contest().offices());
    teams.load(console, ApiPaths.LIAISON_TEAMS, editing == null ? List.of() : editing.contest().teams());
    name.focus();
  }

  private void fill(ContestView view) {
    ContestDraft d = view == null ? null : view.contest();
    name.value(d == null ? "" : d.name());
    hashtag.value(d == null ? "" : "#" + d.hashtag());
    description.value(d == null || d.description() == null ? "" : d.description());
    rules.value(d == null || d.rules() == null ? "" : d.rules());
    starts.value(d == null ? "" : d.starts());
    ends.value(d == null ? "" : d.ends());
    countsShares.checked = d == null || d.countsShares();
    countsOwnPosts.checked = d == null || d.countsOwnPosts();
    perEntry.value(String.valueOf(d == null ? 10 : d.pointsPerEntry()));
    perClick.value(String.valueOf(d == null ? 1 : d.pointsPerClick()));
    perDay.value(String.valueOf(d == null ? 3 : d.maxEntriesPerDay()));
    grace.value(String.valueOf(d == null ? ContestDraft.DEFAULT_GRACE_HOURS : d.graceHours()));
    topN.value(String.valueOf(d == null ? 3 : d.prizeTopN()));
    drawK.value(String.valueOf(d == null ? 0 : d.drawWinners()));
    drawM.value(String.valueOf(d == null ? 1 : d.drawMinEntries()));
  }

  private void submit() {
    errors.clear();
    JsPropertyMap<Object> body = JsPropertyMap.of();
    body.set("name", name.value().trim());
    body.set("hashtag", hashtag.value().trim());
    body.set("description", description.value());
    body.set("rules", rules.value());
    body.set("starts", starts.value());
    body.set("ends", ends.value());
    body.set("offices", offices.chosen());
    body.set("teams", teams.chosen());
    body.set("countsShares", countsShares.checked);
    body.set("countsOwnPosts", countsOwnPosts.checked);
    for (Field f : new Field[] {perEntry, perClick, perDay, grace, topN, drawK, drawM}) {
      String v = f.value().trim();
      // As typed: a whole number travels as one, anything else as text, so the shared reader names the field.
      body.set(f.name, Inputs.wholeNumber(v) ? (Object) Double.valueOf(v) : v);
    }
    try {
      ContestDraft.read(new JsReader(body));
    } catch (WireException refused) {
      errors.show(refused.field(), refused.getMessage());
      return;
    }
    save.disabled = true;
    save.textContent = "Saving\u2026";
    Consumer<io.chorus.shared.wire.WireReader> ok = reply -> {
      save.disabled = false;
      save.textContent = "Save";
      saved.accept(ContestView.read(reply));
    };
    Consumer<ApiProblem> refused = problem -> {
      save.disabled = false;
      save.textContent = "Save";
      errors.show(problem);
    };
    if (editing == null) {
      console.api().post(ApiPaths.CONTESTS, body, ok, refused);
    } else {
      console.api().put(ApiPaths.CONTEST.replace(":id", String.valueOf(editing.id())), body, ok, refused);
    }
  }

  private Field add(Field f) {
    fields.add(f);
    return f;
  }

  private static HTMLElement set(String legend, HTMLElement... children) {
    HTMLElement set = Ui.el("fieldset", "fieldset");
    set.appendChild(Ui.text("legend", null, legend));
    return Ui.append(set, children);
  }

  private static HTMLInputElement checkbox(String name) {
    HTMLInputElement box = (HTMLInputElement) DomGlobal.document.createElement("input");
    box.type = "checkbox";
    box.name = name;
    return box;
  }

  private static HTMLElement check(HTMLInputElement box, String label) {
    return Ui.append(Ui.el("label", "check"), box, Ui.plain(" " + label));
  }

  /** Offices or teams as checkboxes; none ticked means everyone. Names are user text, isolated. */
  private static final class PlacePicker {
    final Field field;
    private final List<HTMLInputElement> boxes = new ArrayList<>();

    PlacePicker(String wireName, String label) {
      field = Field.custom(wireName, label, Ui.el("div", "checks checks--places"));
    }

    void load(Console console, String path, List<ContestPlace> ticked) {
      field.control.appendChild(Ui.text("span", "muted", "Loading\u2026"));
      console.api().get(path, reply -> {
        Ui.clear(field.control);
        for (io.chorus.shared.wire.WireReader each : reply.objects("items")) {
          PlaceLine place = PlaceLine.read(each);
          HTMLInputElement box = checkbox(field.name);
          box.value = String.valueOf(place.id());
          for (ContestPlace p : ticked) {
            box.checked |= p.id() == place.id();
          }
          boxes.add(box);
          field.control.appendChild(Ui.append(Ui.el("label", "check"), box, Ui.plain(" "), Ui.bdi(place.name())));
        }
        if (boxes.isEmpty()) {
          field.control.appendChild(Ui.text("span", "muted", "None yet: everyone may enter."));
        }
      }, problem -> field.error(problem.message()));
    }

    JsArray<Object> chosen() {
      JsArray<Object> ids = new JsArray<>();
      for (HTMLInputElement box : boxes) {
        if (box.checked) {
          ids.push(JsPropertyMap.of("id", Double.valueOf(box.value)));
        }
      }
      return ids;
    }
  }
}
