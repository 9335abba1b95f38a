package io.chorus.extension.screen;

import elemental2.dom.HTMLElement;
import io.chorus.extension.ui.ContestTime;
import io.chorus.extension.ui.Nodes;
import io.chorus.shared.wire.ContestBoard;
import io.chorus.shared.wire.ContestResults;
import io.chorus.shared.wire.ContestStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The contest view inside {@code <main id="chorus-screen">}: a header with the contest's name and hashtag,
 * a live indicator and the countdown; the board and the latest entries; and, once it has ended, the
 * winners with the draw's commitment, seed and how to check it. Every name is user text in its own
 * {@code <bdi>} ({@link Nodes#userText}); the seed and commitment are plain text.
 */
final class ContestScreenView {
  static final String NO_CONTEST = "This screen's link names a contest your company does not have. Ask your "
      + "advocacy liaison for the contest's screen link.";

  private final HTMLElement root;
  private final HTMLElement name = Nodes.userText("contest-name", "");
  private final HTMLElement hashtag = Nodes.userText("contest-hashtag", "");
  private final HTMLElement status = Nodes.el("span", "status");
  private final HTMLElement countdownLabel = Nodes.el("span", "countdown-label");
  private final HTMLElement countdown = Nodes.el("span", "countdown");
  private final HTMLElement rows = Nodes.el("ol", "board-rows contest-rows");
  private final HTMLElement latest = Nodes.el("ol", "feed-list contest-latest");
  private final HTMLElement winners = Nodes.el("section", "contest-winners");
  private final List<Aged> ages = new ArrayList<>();
  private boolean mounted;
  private ContestBoard board;

  @SuppressWarnings("unusable-by-js")
  private record Aged(HTMLElement element, long at) {}

  ContestScreenView(HTMLElement root) {
    this.root = root;
  }

  void board(ContestBoard b, long now) {
    mount();
    board = b;
    Nodes.setText(name, b.name());
    Nodes.setText(hashtag, "#" + b.hashtag());
    root.setAttribute("data-status", b.status().wireName());
    Nodes.setText(countdownLabel, ContestScreenTexts.countdownLabel(b.status()));
    // "Live" is about the contest as much as the connection: an ended contest shows none.
    status.hidden = b.status() == ContestStatus.ENDED || b.status() == ContestStatus.FINAL;
    List<HTMLElement> wanted = new ArrayList<>();
    for (ContestBoard.Row r : b.rows()) {
      HTMLElement li = Nodes.el("li", "row" + (r.rank() <= 3 ? " row--podium" : ""));
      li.setAttribute("data-employee", String.valueOf(r.employeeId()));
      li.setAttribute("data-rank", String.valueOf(r.rank()));
      Nodes.append(li, Nodes.text("span", "row-rank", String.valueOf(r.rank())),
          Nodes.append(Nodes.el("span", "row-who"), Nodes.userText("row-name", r.displayName()),
              Nodes.text("span", "row-where", ContestScreenTexts.entries(r.entries()))),
          Nodes.append(Nodes.el("span", "row-score"), Nodes.text("span", "row-points", Formats.points(r.points())),
              Nodes.text("span", "row-unit", "pts")));
      wanted.add(li);
    }
    if (wanted.isEmpty()) {
      HTMLElement open = Nodes.el("li", "row row--open");
      Nodes.append(open, Nodes.text("span", "row-rank", "1"),
          Nodes.text("span", "row-invite", ContestScreenTexts.NO_ENTRIES));
      wanted.add(open);
    }
    Nodes.order(rows, wanted);
    ages.clear();
    List<HTMLElement> items = new ArrayList<>();
    for (ContestBoard.Entry e : b.latest()) {
      HTMLElement age = Nodes.text("span", "feed-age", Formats.timeAgo(e.at(), now));
      ages.add(new Aged(age, e.at()));
      HTMLElement li = Nodes.append(Nodes.el("li", "feed-item feed-item--entry"),
          Nodes.append(Nodes.el("p", "feed-line"), Nodes.userText("feed-name", e.displayName()),
              Nodes.plain(" " + ContestScreenTexts.entryKind(e))),
          Nodes.append(Nodes.el("p", "feed-meta"), age));
      li.setAttribute("data-employee", String.valueOf(e.employeeId()));
      items.add(li);
    }
    if (items.isEmpty()) {
      items.add(Nodes.text("li", "feed-empty", ContestScreenTexts.NO_LATEST));
    }
    Nodes.order(latest, items);
    tick(now);
  }

  /** The winners, replacing the board's place as the screen's headline once the contest is over. */
  void results(ContestResults r) {
    mount();
    winners.textContent = "";
    winners.hidden = false;
    winners.setAttribute("data-results", r.status());
    root.classList.add("screen--results");
    HTMLElement list = Nodes.el("ol", "winner-list");
    for (ContestResults.Winner w : r.winners()) {
      HTMLElement li = Nodes.append(Nodes.el("li", "winner"), Nodes.userText("winner-name", w.displayName()),
          Nodes.text("span", "winner-reason", ContestScreenTexts.winnerReason(w)));
      li.setAttribute("data-employee", String.valueOf(w.employeeId()));
      li.setAttribute("data-reason", w.reason());
      list.appendChild(li);
    }
    Nodes.append(winners, Nodes.text("h2", "section-title", ContestScreenTexts.winnersTitle(r)), list);
    String pending = ContestScreenTexts.drawPending(r);
    if (pending != null) {
      winners.appendChild(Nodes.text("p", "draw-pending", pending));
    }
    if (r.isFinal() && r.seed() != null) {
      HTMLElement proof = Nodes.el("dl", "draw-proof");
      Nodes.append(proof, Nodes.text("dt", null, "Commitment"), Nodes.text("dd", "commitment", r.commitment()),
          Nodes.text("dt", null, "Seed"), Nodes.text("dd", "seed", r.seed()));
      if (r.entrantsUrl() != null) {
        Nodes.append(proof, Nodes.text("dt", null, "Entrant list"), Nodes.text("dd", "entrants-url", r.entrantsUrl()));
      }
      Nodes.append(winners, proof, Nodes.text("p", "verify", ContestScreenTexts.VERIFY));
    }
  }

  void live(boolean live) {
    status.className = "status " + (live ? "status--live" : "status--reconnecting");
    Nodes.setText(status, live ? "Live" : "Reconnecting\u2026");
  }

  void tick(long now) {
    if (board != null) {
      boolean before = board.status() == ContestStatus.DRAFT || board.status() == ContestStatus.SCHEDULED;
      Nodes.setText(countdown, board.status() == ContestStatus.LIVE ? ContestTime.countdown(board.endsAt(), now)
          : before ? ContestTime.countdown(board.startsAt(), now) : "00:00");
    }
    for (Aged a : ages) {
      Nodes.setText(a.element(), Formats.timeAgo(a.at(), now));
    }
  }

  void message(String title, String text) {
    mounted = false;
    root.textContent = "";
    root.className = "screen-message";
    Nodes.append(root, Nodes.text("p", "message-brand", "Chorus"), Nodes.text("h1", "message-title", title),
        Nodes.text("p", "message-text", text));
  }

  private void mount() {
    if (mounted) {
      return;
    }
    mounted = true;
    root.textContent = "";
    root.className = "screen screen--contest";
    countdown.setAttribute("role", "timer");
    winners.hidden = true;
    HTMLElement title = Nodes.append(Nodes.el("div", "title"), Nodes.text("p", "kicker", ContestScreenTexts.KICKER),
        Nodes.append(Nodes.el("h1", "company"), name), Nodes.append(Nodes.el("p", "contest-tag"), hashtag));
    HTMLElement header = Nodes.append(Nodes.el("header", "screen-header"), Nodes.append(Nodes.el("div", "brand"), title),
        Nodes.append(Nodes.el("div", "header-side"), status,
            Nodes.append(Nodes.el("div", "contest-clock"), countdownLabel, countdown)));
    HTMLElement boardSection = Nodes.append(Nodes.el("section", "board"),
        Nodes.text("h2", "section-title", "Leaders"), rows);
    boardSection.setAttribute("aria-label", "Contest board");
    HTMLElement feed = Nodes.append(Nodes.el("aside", "feed"), Nodes.text("h2", "section-title", "Latest entries"),
        latest);
    feed.setAttribute("aria-label", "Latest entries");
    Nodes.append(root, header, Nodes.append(Nodes.el("div", "screen-body"), winners, boardSection, feed));
    live(true);
  }
}
