package io.chorus.extension.console;

import elemental2.dom.HTMLElement;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ContestBoard;
import io.chorus.shared.wire.ContestResults;
import io.chorus.shared.wire.ContestView;

/**
 * One contest's board and results: who leads and the latest entries; the winners (by rank and by
 * draw); the draw's commitment (published at launch), its seed (revealed at the end), the frozen
 * entrant list to download, and the commands that re-run the draw from those files. Everyone's name is
 * user text, each in its own {@code <bdi>}; the commands are text in a {@code <pre>}.
 */
final class ContestResultsView {
  private final Console console;
  private final ContestView contest;
  private final HTMLElement element = Ui.el("div", "contest-results");
  private final HTMLElement board = Ui.el("ol", "rows contest-board");
  private final HTMLElement latest = Ui.el("ul", "rows contest-latest");
  private final HTMLElement outcome = Ui.el("section", "card contest-outcome");

  ContestResultsView(Console console, ContestView contest, Runnable back) {
    this.console = console;
    this.contest = contest;
    HTMLElement head = Ui.append(Ui.el("div", "card-head"),
        Ui.append(Ui.el("h2", "card-title"), Ui.bdi(contest.contest().name()), Ui.plain(" \u00B7 "),
            Ui.bdi("#" + contest.contest().hashtag())),
        Ui.button("\u2190 All contests", "button button--quiet", e -> back.run()),
        Ui.button("Refresh", "button button--quiet", e -> load()));
    board.setAttribute("aria-label", "Board");
    latest.setAttribute("aria-label", "Latest entries");
    HTMLElement standings = Ui.append(Ui.el("section", "card card--list"), head,
        Ui.text("p", "field-hint screen-hint", ContestTexts.screenHint(contest.id())),
        Ui.append(Ui.el("div", "columns"),
            Ui.append(Ui.el("div", null), Ui.text("h3", "card-subtitle", "Board"), board),
            Ui.append(Ui.el("div", null), Ui.text("h3", "card-subtitle", "Latest entries"), latest)));
    Ui.append(element, standings, outcome);
  }

  HTMLElement element() {
    return element;
  }

  void load() {
    String id = String.valueOf(contest.id());
    console.api().get(ApiPaths.CONTEST_BOARD.replace(":id", id), reply -> showBoard(ContestBoard.read(reply)),
        problem -> board.appendChild(Ui.text("li", "list-status", problem.message())));
    console.api().get(ApiPaths.CONTEST_RESULTS.replace(":id", id), reply -> showOutcome(ContestResults.read(reply)),
        problem -> {
          Ui.clear(outcome);
          outcome.appendChild(Ui.text("p", "form-error", problem.message()));
        });
  }

  private void showBoard(ContestBoard b) {
    Ui.clear(board);
    Ui.clear(latest);
    for (ContestBoard.Row r : b.rows()) {
      HTMLElement li = Ui.el("li", "row row--board");
      li.setAttribute("data-employee", String.valueOf(r.employeeId()));
      Ui.append(li,
          Ui.append(Ui.el("div", "row-main"),
              Ui.append(Ui.el("p", "row-title"), Ui.plain(r.rank() + ". "), Ui.bdi("person", r.displayName())),
              Ui.text("p", "row-meta", r.entries() + (r.entries() == 1 ? " entry" : " entries"))),
          Ui.append(Ui.el("div", "row-side"), Ui.text("p", "points", Labels.points(r.points()))));
      board.appendChild(li);
    }
    if (b.rows().isEmpty()) {
      board.appendChild(Ui.text("li", "list-status", "No entries yet."));
    }
    for (ContestBoard.Entry e : b.latest()) {
      HTMLElement li = Ui.el("li", "row row--entry");
      Ui.append(li, Ui.append(Ui.el("div", "row-main"),
          Ui.append(Ui.el("p", "row-title"), Ui.bdi("person", e.displayName())),
          Ui.append(Ui.el("p", "row-meta"), Ui.plain(Labels.network(e.network() == null ? null : e.network().wireName())
              + (e.own() ? " \u00B7 own post \u00B7 " : " \u00B7 share \u00B7 ")), Ui.time(e.at(), Ui.dateTime(e.at())))));
      latest.appendChild(li);
    }
  }

  private void showOutcome(ContestResults r) {
    Ui.clear(outcome);
    outcome.setAttribute("data-results", r.status());
    outcome.appendChild(Ui.text("h2", "card-title", r.isFinal() ? "Results (final)" : "Results (provisional)"));
    if (!r.isFinal()) {
      outcome.appendChild(Ui.text("p", "field-hint", "Posts made inside the window may still be reported until "
          + Ui.dateTime(contest.graceEndsAt()) + "; the draw happens then."));
    }
    HTMLElement winners = Ui.el("ol", "rows contest-winners");
    winners.setAttribute("aria-label", "Winners");
    for (ContestResults.Winner w : r.winners()) {
      HTMLElement li = Ui.el("li", "row row--winner");
      li.setAttribute("data-employee", String.valueOf(w.employeeId()));
      li.setAttribute("data-reason", w.reason());
      Ui.append(li, Ui.append(Ui.el("div", "row-main"),
          Ui.append(Ui.el("p", "row-title"), Ui.bdi("person", w.displayName()))),
          Ui.append(Ui.el("div", "row-side"), Ui.text("span", "chip chip--" + w.reason(), ContestTexts.winnerReason(w))));
      winners.appendChild(li);
    }
    if (r.winners().isEmpty()) {
      winners.appendChild(Ui.text("li", "list-status", "No winners yet."));
    }
    outcome.appendChild(winners);
    if (r.drewAll()) {
      outcome.appendChild(Ui.text("p", "callout drew-all", ContestTexts.drewAll(r)));
    }
    HTMLElement proof = Ui.el("dl", "draw-proof");
    proof.appendChild(Ui.text("dt", null, "Commitment (SHA-256 of the seed, published at launch)"));
    proof.appendChild(Ui.text("dd", "commitment", r.commitment() == null ? "Published when the contest goes live."
        : r.commitment()));
    proof.appendChild(Ui.text("dt", null, "Seed (revealed at the end)"));
    proof.appendChild(Ui.text("dd", "seed", r.seed() == null ? "Revealed when the results are final." : r.seed()));
    if (r.entrantsUrl() != null) {
      proof.appendChild(Ui.text("dt", null, "Frozen entrant list"));
      HTMLElement link = Ui.text("a", "entrants-link", "entrants.csv (" + r.entrants()
          + (r.entrants() == 1 ? " person)" : " people)"));
      link.setAttribute("href", r.entrantsUrl());
      link.setAttribute("download", "entrants-" + contest.id() + ".csv");
      proof.appendChild(Ui.append(Ui.el("dd", null), link));
    }
    outcome.appendChild(proof);
    if (r.isFinal() && r.drawWinners() > 0) {
      outcome.appendChild(Ui.text("h3", "card-subtitle", "Check the draw yourself"));
      outcome.appendChild(Ui.text("p", "field-hint", ContestResults.ALGORITHM + " Save the list as entrants.csv "
          + "and run:"));
      outcome.appendChild(Ui.text("pre", "verify-command", ContestTexts.verifyCommand(r)));
    }
  }
}
