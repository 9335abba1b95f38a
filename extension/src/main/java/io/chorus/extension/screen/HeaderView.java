package io.chorus.extension.screen;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.HTMLElement;
import io.chorus.extension.ui.Nodes;
import io.chorus.shared.wire.Leaderboard;
import jsinterop.base.JsPropertyMap;

/**
 * The top line: whose board (the company, or an office or team with the company above it), the period,
 * a live indicator and the time (in the TV's own locale and zone).
 */
final class HeaderView {
  /** What the live indicator says. */
  enum Status {
    CONNECTING("status--connecting", "connecting"),
    LIVE("status--live", "live"),
    RECONNECTING("status--reconnecting", "reconnecting");

    final String className;
    /** The {@link ScreenText} key of its words. */
    final String label;

    Status(String className, String label) {
      this.className = className;
      this.label = label;
    }
  }

  private static final JsPropertyMap<Object> CLOCK = JsPropertyMap.of("hour", "numeric", "minute", "2-digit");

  private final HTMLElement root = Nodes.el("header", "screen-header");
  private final HTMLElement kicker = Nodes.el("p", "kicker");
  private final HTMLElement company = Nodes.el("h1", "company");
  /** The company's, office's or team's name: user text, isolated inside the heading. */
  private final HTMLElement companyName = Nodes.userText(null, "");
  private final HTMLElement kickerName = Nodes.userText(null, "");
  private final HTMLElement kickerScope = Nodes.el("span", null);
  private final HTMLElement period = Nodes.el("span", "period");
  private final HTMLElement status = Nodes.el("span", "status");
  private final HTMLElement statusLabel = Nodes.el("span", "status-label");
  private final HTMLElement clock = Nodes.el("time", "clock");

  HeaderView() {
    kicker.hidden = true;
    company.appendChild(companyName);
    Nodes.append(kicker, kickerName, kickerScope);
    HTMLElement title = Nodes.append(Nodes.el("div", "title"), kicker, company);
    HTMLElement brand = Nodes.append(Nodes.el("div", "brand"), title, period);
    Nodes.append(status, Nodes.el("span", "status-dot"), statusLabel);
    status.setAttribute("role", "status");
    // The clock changes every minute; a screen reader need not announce it.
    clock.setAttribute("aria-hidden", "true");
    Nodes.append(root, brand, Nodes.append(Nodes.el("div", "header-side"), status, clock));
    status(Status.CONNECTING);
  }

  HTMLElement element() {
    return root;
  }

  void board(Leaderboard board) {
    boolean whole = board.scope() == Leaderboard.Scope.COMPANY;
    Nodes.setText(companyName, whole || board.scopeName() == null ? board.company() : board.scopeName());
    Nodes.setText(kickerName, whole ? "" : board.company());
    Nodes.setText(kickerScope, whole ? "" : " \u00B7 " + scopeWord(board.scope()));
    kicker.hidden = whole;
    Nodes.setText(period, ScreenText.period(board.period()));
  }

  private static String scopeWord(Leaderboard.Scope scope) {
    return ScreenText.t(scope == Leaderboard.Scope.OFFICE ? "office" : "team");
  }

  void status(Status s) {
    status.className = "status " + s.className;
    Nodes.setText(statusLabel, ScreenText.t(s.label));
  }

  void tick() {
    Nodes.setText(clock, new JsDate().toLocaleTimeString(new JsArray<String>(), CLOCK));
  }
}
