package io.chorus.extension.popup;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.i18n.Words;
import io.chorus.extension.ui.BadgeIcons;
import io.chorus.extension.ui.Nodes;
import io.chorus.extension.ui.UserText;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.BadgeAward;
import io.chorus.shared.wire.Me;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.Profile;
import io.chorus.shared.wire.Standing;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.JsPropertyMap;

/**
 * The signed-in employee at a glance: points and rank this week, this month and all time (company,
 * then their office and team), the streak, and the badges — earned ones with title and date, the rest
 * as dimmed icons whose tooltip says how to earn them. Built from {@code GET /api/me}, as text only.
 */
final class MeView {
  private static final Words W = BrowserWords.get();
  private static final JsPropertyMap<Object> DAY_MONTH = JsPropertyMap.of("day", "numeric", "month", "short");

  private MeView() {}

  /** The standings table, the streak line and the badges, in that order. */
  static List<HTMLElement> of(Me me) {
    List<HTMLElement> parts = new ArrayList<>();
    parts.add(standings(me));
    HTMLElement streak = Nodes.text("p", "streak", PopupText.streak(W, me.streak()));
    streak.classList.toggle("streak--kept", me.streak().sharedThisWeek());
    if (PopupText.kept(me.streak())) {
      streak.insertBefore(BadgeIcons.img(BadgeIcons.EXTENSION, Badge.STREAK_4, ""), streak.firstChild);
    }
    parts.add(streak);
    parts.add(badges(me.badges()));
    return parts;
  }

  private static HTMLElement standings(Me me) {
    Profile p = me.profile();
    HTMLElement table = Nodes.el("table", "standings");
    HTMLElement head = Nodes.el("tr", null);
    head.appendChild(Nodes.el("th", null));
    for (Period period : Period.values()) {
      HTMLElement th = Nodes.text("th", "period", shortLabel(period));
      th.setAttribute("scope", "col");
      head.appendChild(th);
    }
    Nodes.append(table, Nodes.append(Nodes.el("thead", null), head));
    HTMLElement body = Nodes.el("tbody", null);
    HTMLElement points = row("points", Nodes.plain(W.get("u_points")), null);
    for (Period period : Period.values()) {
      cell(points, period, W.number(me.standing().points(period)));
    }
    body.appendChild(points);
    body.appendChild(ranks("company", Nodes.plain(W.get("u_company")), p.company(), me.standing()));
    if (p.office() != null) {
      body.appendChild(ranks("office", Nodes.userText(null, p.office()), p.office(), me.officeStanding()));
    }
    if (p.team() != null) {
      body.appendChild(ranks("team", Nodes.userText(null, p.team()), p.team(), me.teamStanding()));
    }
    table.appendChild(body);
    return table;
  }

  /** {@code label}: fixed words, or an office's or team's name as user text; {@code name} goes in the tooltip, isolated. */
  private static HTMLElement ranks(String scope, Node label, String name, Standing standing) {
    HTMLElement tr = row(scope, label, W.get("u_rankin", UserText.isolate(name)));
    for (Period period : Period.values()) {
      cell(tr, period, PopupText.rank(W, standing.rank(period)));
    }
    return tr;
  }

  private static HTMLElement row(String scope, Node label, String title) {
    HTMLElement tr = Nodes.el("tr", "standing standing--" + scope);
    tr.setAttribute("data-scope", scope);
    HTMLElement th = Nodes.append(Nodes.el("th", null), label);
    th.setAttribute("scope", "row");
    if (title != null) {
      th.title = title;
    }
    tr.appendChild(th);
    return tr;
  }

  private static void cell(HTMLElement tr, Period period, String text) {
    HTMLElement td = Nodes.text("td", null, text);
    td.setAttribute("data-period", period.wireName());
    tr.appendChild(td);
  }

  /** Column heads short enough for a third of the popup. */
  private static String shortLabel(Period period) {
    return switch (period) {
      case WEEK -> W.get("u_week");
      case MONTH -> W.get("u_month");
      case ALL_TIME -> W.get("u_alltime");
    };
  }

  private static HTMLElement badges(List<BadgeAward> awards) {
    HTMLElement section = Nodes.el("section", "badges");
    List<Badge> earned = new ArrayList<>();
    HTMLElement list = Nodes.el("ol", "badges-earned");
    // Newest first: the one just earned is the one to see.
    for (int i = awards.size() - 1; i >= 0; i--) {
      BadgeAward award = awards.get(i);
      Badge b = Badge.fromId(award.badgeId());
      if (b == null || earned.contains(b)) {
        continue;
      }
      earned.add(b);
      String date = new JsDate((double) award.awardedAt()).toLocaleDateString(new JsArray<String>(BrowserWords.get().language()), DAY_MONTH);
      HTMLElement li = Nodes.append(Nodes.el("li", "badge"),
          Nodes.append(Nodes.el("span", "badge-icon"), BadgeIcons.img(BadgeIcons.EXTENSION, b, "")),
          Nodes.text("span", "badge-title", b.title()),
          Nodes.text("span", "badge-date", date));
      li.setAttribute("data-badge", b.id());
      li.title = b.description() + " " + W.get("u_earned", date);
      list.appendChild(li);
    }
    HTMLElement locked = Nodes.el("ol", "badges-locked");
    locked.setAttribute("aria-label", W.get("u_tobeearned"));
    for (Badge b : Badge.values()) {
      if (!earned.contains(b)) {
        HTMLElement li = Nodes.append(Nodes.el("li", "badge badge--locked"),
            BadgeIcons.img(BadgeIcons.EXTENSION, b, b.title()));
        li.setAttribute("data-badge", b.id());
        li.title = b.title() + ": " + b.description();
        locked.appendChild(li);
      }
    }
    section.appendChild(Nodes.text("h2", null, W.get("u_badges", W.number(earned.size()), W.number(Badge.values().length))));
    if (earned.isEmpty()) {
      section.appendChild(Nodes.text("p", "badges-none", W.get("u_firstbadge")));
    } else {
      section.appendChild(list);
    }
    section.appendChild(locked);
    return section;
  }
}
