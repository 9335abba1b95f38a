package io.chorus.extension.console;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ContestStatus;
import io.chorus.shared.wire.ContestView;
import jsinterop.base.JsPropertyMap;

/**
 * Hashtag contests: the company's contests, newest first, each with its state and the step it can take
 * next (schedule, launch now, end now); a form to create or edit one; and a contest's board and results
 * (winners, the draw's commitment and seed, the frozen entrant list and how to re-run the draw). The
 * page shows one of the three at a time, inside itself: the console's address names only the page.
 */
final class ContestsPage implements ConsolePage {
  private static final String LIST = ApiPaths.LIAISON_CONTESTS + "?limit=10";

  private Console console;
  private HTMLElement body;
  private PagedList<ContestView> list;

  @Override
  public String id() {
    return "contests";
  }

  @Override
  public String title() {
    return "Contests";
  }

  @Override
  public HTMLElement open(Console console) {
    this.console = console;
    body = Ui.el("div", "page-body");
    list = new PagedList<>(console.api(), LIST, "cursor", ContestView::read, (c, l) -> row(c), "Contests",
        "No contests yet. Create one: it stays a draft until you schedule or launch it.");
    showList();
    return body;
  }

  private void showList() {
    Ui.clear(body);
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, ContestTexts.LIST_NOTE));
    HTMLElement card = Ui.el("section", "card card--list");
    HTMLElement head = Ui.append(Ui.el("div", "card-head"), Ui.text("h2", "card-title", "Contests"),
        Ui.button("New contest", "button button--primary new-contest", e -> showForm(null)));
    Ui.append(card, head, list.element());
    Ui.append(body, note, card);
    list.load();
  }

  private void showForm(ContestView editing) {
    Ui.clear(body);
    ContestForm form = new ContestForm(console, editing, saved -> {
      console.notice(Ui.bdi(saved.contest().name()), Ui.plain(" is saved (" + ContestTexts.status(saved.status())
          + ")."));
      showList();
    }, this::showList);
    body.appendChild(form.element());
    form.load();
  }

  private void showResults(ContestView contest) {
    Ui.clear(body);
    ContestResultsView results = new ContestResultsView(console, contest, this::showList);
    body.appendChild(results.element());
    results.load();
  }

  private HTMLElement row(ContestView c) {
    HTMLElement row = Ui.el("li", "row row--contest");
    row.setAttribute("data-contest", String.valueOf(c.id()));
    row.setAttribute("data-status", c.status().wireName());
    HTMLElement main = Ui.el("div", "row-main");
    HTMLElement title = Ui.append(Ui.el("p", "row-title"), Ui.bdi("contest-name", c.contest().name()),
        Ui.plain(" \u00B7 "), Ui.bdi("hashtag", "#" + c.contest().hashtag()));
    HTMLElement when = Ui.append(Ui.el("p", "row-meta"), Ui.time(c.startsAt(), Ui.dateTime(c.startsAt())),
        Ui.plain(" \u2013 "), Ui.time(c.endsAt(), Ui.dateTime(c.endsAt())),
        Ui.plain(" \u00B7 " + ContestTexts.entries(c.entries(), c.entrants())));
    HTMLElement prizes = Ui.text("p", "row-meta", ContestTexts.prizes(c.contest()));
    Ui.append(main, title, when, prizes);

    HTMLElement side = Ui.el("div", "row-side");
    HTMLElement error = Ui.el("p", "form-error");
    error.setAttribute("role", "alert");
    error.hidden = true;
    HTMLElement actions = Ui.el("div", "row-actions");
    ContestStatus s = c.status();
    if (s == ContestStatus.DRAFT || s == ContestStatus.SCHEDULED || s == ContestStatus.LIVE) {
      actions.appendChild(Ui.button("Edit", "button button--quiet", e -> showForm(c)));
    }
    if (s == ContestStatus.DRAFT) {
      actions.appendChild(step(c, "Schedule", ApiPaths.CONTEST_SCHEDULE, "is scheduled.", error));
    }
    if (s == ContestStatus.DRAFT || s == ContestStatus.SCHEDULED) {
      actions.appendChild(step(c, "Launch now", ApiPaths.CONTEST_LAUNCH, "is live.", error));
    }
    if (s == ContestStatus.LIVE) {
      actions.appendChild(step(c, "End now", ApiPaths.CONTEST_END, "has ended.", error));
    }
    if (s != ContestStatus.DRAFT && s != ContestStatus.SCHEDULED) {
      actions.appendChild(Ui.button(s == ContestStatus.LIVE ? "Board" : "Results", "button", e -> showResults(c)));
    }
    Ui.append(side, Ui.text("span", "chip chip--" + s.wireName(), ContestTexts.status(s)), actions);
    Ui.append(row, main, side, error);
    return row;
  }

  /** One lifecycle step; the server decides whether it may happen now, and its refusal shows under the row. */
  private HTMLButtonElement step(ContestView c, String label, String path, String done, HTMLElement error) {
    HTMLButtonElement button = Ui.button(label, "button", null);
    button.setAttribute("data-step", path.substring(path.lastIndexOf('/') + 1));
    button.addEventListener("click", e -> {
      button.disabled = true;
      error.hidden = true;
      console.api().post(path.replace(":id", String.valueOf(c.id())), JsPropertyMap.of(), reply -> {
        console.notice(Ui.bdi(c.contest().name()), Ui.plain(" " + done));
        list.load();
      }, problem -> {
        button.disabled = false;
        error.textContent = problem.message();
        error.hidden = false;
      });
    });
    return button;
  }
}
