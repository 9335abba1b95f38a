package io.chorus.extension.screen;

import elemental2.dom.AnimationEvent;
import elemental2.dom.HTMLElement;
import io.chorus.extension.ui.BadgeIcons;
import io.chorus.extension.ui.Nodes;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.LeaderboardRow;
import io.chorus.shared.wire.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jsinterop.base.Js;

/**
 * The top ten. Rows are keyed by employee: a row whose person, points and place are unchanged keeps its
 * element; a row that changed gets a fresh element carrying the change as a class ({@code row--up},
 * {@code row--gained}, {@code row--new}), which starts its CSS highlight — the stylesheet decides how
 * (or, under prefers-reduced-motion, whether) it moves.
 */
final class BoardView {
  /** The stylesheet's highlight animation; the row's other animations (a slide, a pop) end sooner. */
  static final String LIT = "row-lit";
  /** Icons after a name: enough to recognise a regular, few enough that the name keeps its room. */
  static final int BADGES_SHOWN = 4;

  private final HTMLElement root = Nodes.el("section", "board");
  private final HTMLElement list = Nodes.el("ol", "board-rows");
  private final Map<Long, HTMLElement> rows = new HashMap<>();
  private final List<HTMLElement> openSpots = new ArrayList<>();

  BoardView() {
    root.setAttribute("aria-label", ScreenText.t("board"));
    Nodes.append(root, Nodes.text("h2", "section-title", ScreenText.t("top")), list);
  }

  HTMLElement element() {
    return root;
  }

  void show(Leaderboard board, List<BoardDiff.Change> changes) {
    List<HTMLElement> wanted = new ArrayList<>();
    Map<Long, HTMLElement> kept = new HashMap<>();
    for (BoardDiff.Change change : changes) {
      long id = change.row().employeeId();
      HTMLElement existing = rows.get(id);
      HTMLElement row = existing != null && change.sameExceptRank() ? existing : build(change);
      Nodes.setText(row.querySelector(".row-rank"), String.valueOf(change.row().rank()));
      row.classList.toggle("row--podium", change.row().rank() <= 3);
      row.setAttribute("data-rank", String.valueOf(change.row().rank()));
      wanted.add(row);
      kept.put(id, row);
    }
    rows.clear();
    rows.putAll(kept);
    // A short board (early in the week) shows its empty places as an invitation, not as a void.
    for (int rank = changes.size() + 1; rank <= ScreenLink.ROWS; rank++) {
      wanted.add(openSpot(rank, rank != changes.size() + 1 ? ""
          : !changes.isEmpty() ? ScreenText.t("take")
          : board.period() == Period.WEEK ? ScreenText.t("emptyWeek")
          : board.period() == Period.MONTH ? ScreenText.t("emptyMonth")
          : ScreenText.t("emptyAll")));
    }
    Nodes.order(list, wanted);
  }

  private HTMLElement openSpot(int rank, String text) {
    while (openSpots.size() < rank) {
      HTMLElement spot = Nodes.el("li", "row row--open");
      spot.setAttribute("aria-hidden", "true");
      Nodes.append(spot, Nodes.text("span", "row-rank", String.valueOf(openSpots.size() + 1)),
          Nodes.el("span", "row-invite"));
      openSpots.add(spot);
    }
    HTMLElement spot = openSpots.get(rank - 1);
    Nodes.setText(spot.querySelector(".row-invite"), text);
    return spot;
  }

  private static HTMLElement build(BoardDiff.Change change) {
    LeaderboardRow r = change.row();
    String lit = modifier(change.kind()) + (change.newBadge() ? " row--badge" : "");
    HTMLElement row = Nodes.el("li", "row" + lit);
    row.setAttribute("data-employee", String.valueOf(r.employeeId()));
    HTMLElement who = Nodes.append(Nodes.el("span", "row-who"), Nodes.userText("row-name", r.name()));
    List<Badge> badges = Formats.latestBadges(r.badges(), BADGES_SHOWN);
    if (!badges.isEmpty()) {
      who.appendChild(badges(badges));
    }
    who.appendChild(where(r.office(), r.team()));
    HTMLElement score = Nodes.append(Nodes.el("span", "row-score"),
        Nodes.text("span", "row-points", Formats.points(r.points())),
        Nodes.text("span", "row-unit", "pts"));
    if (change.gained() > 0) {
      score.insertBefore(Nodes.text("span", "row-gain", Formats.gain(change.gained())), score.firstChild);
    }
    if (!lit.isEmpty() || change.gained() > 0) {
      // Once the highlight has played, the row is an ordinary row again: if it later moves in the list
      // (which re-inserts the element), nothing replays.
      row.addEventListener("animationend", e -> {
        if (e.target == row && LIT.equals(Js.<AnimationEvent>uncheckedCast(e).animationName)) {
          row.classList.remove("row--new", "row--up", "row--gained", "row--badge");
          HTMLElement gain = (HTMLElement) row.querySelector(".row-gain");
          if (gain != null) {
            gain.remove();
          }
        }
      });
    }
    return Nodes.append(row, Nodes.text("span", "row-rank", String.valueOf(r.rank())), who, score);
  }

  /** "Riga · Engineering" (either may be missing), each name isolated: both are user text. */
  private static HTMLElement where(String office, String team) {
    HTMLElement where = Nodes.el("span", "row-where");
    for (String part : Formats.where(office, team)) {
      if (where.firstChild != null) {
        where.appendChild(Nodes.plain(" \u00B7 "));
      }
      where.appendChild(Nodes.userText(null, part));
    }
    return where;
  }

  /** The icons after a name, each with its title for whoever walks up to the screen with a mouse. */
  private static HTMLElement badges(List<Badge> badges) {
    HTMLElement list = Nodes.el("span", "row-badges");
    StringBuilder titles = new StringBuilder(ScreenText.t("badges"));
    for (int i = 0; i < badges.size(); i++) {
      Badge b = badges.get(i);
      HTMLElement icon = Nodes.append(Nodes.el("span", "row-badge"), BadgeIcons.img(BadgeIcons.SCREEN, b, ""));
      icon.title = b.title();
      icon.setAttribute("data-badge", b.id());
      list.appendChild(icon);
      titles.append(i == 0 ? "" : ", ").append(b.title());
    }
    list.setAttribute("role", "img");
    list.setAttribute("aria-label", titles.toString());
    return list;
  }

  private static String modifier(BoardDiff.Kind kind) {
    switch (kind) {
      case NEW:
        return " row--new";
      case UP:
        return " row--up";
      case GAINED:
        return " row--gained";
      default:
        return "";
    }
  }
}
