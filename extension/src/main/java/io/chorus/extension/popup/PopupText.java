package io.chorus.extension.popup;

import io.chorus.extension.i18n.Words;
import io.chorus.shared.wire.Streak;

/**
 * The popup's words: streak, ranks, the kudos budget and every kudos outcome, in the browser's language.
 * DOM-free, so a plain JUnit test pins each one (against the extension's own message files).
 */
final class PopupText {
  private PopupText() {}

  /**
   * "3-week streak" once this week counts (the popup puts the streak badge's flame before it);
   * "Share this week to keep your 3-week streak" while it is still alive but this week has no share
   * yet; "Share this week to start a streak" otherwise.
   */
  static String streak(Words w, Streak s) {
    if (kept(s)) {
      return w.count("u_streak", s.weeks());
    }
    if (s.weeks() > 0) {
      return w.count("u_keep", s.weeks());
    }
    return w.get("u_start");
  }

  /** True when this week already counts for a streak of at least one week. */
  static boolean kept(Streak s) {
    return s.sharedThisWeek() && s.weeks() > 0;
  }

  /** "#3", or a dash when not ranked yet (no points in that period). */
  static String rank(Words w, int rank) {
    return rank > 0 ? "#" + w.number(rank) : "\u2013";
  }

  static String kudosLeft(Words w, int left) {
    return left <= 0 ? w.get("k_none") : w.count("k_left", left);
  }

  /** "12 / 280" under the message box. */
  static String counter(Words w, String message, int max) {
    return w.number(message == null ? 0 : message.length()) + " / " + w.number(max);
  }

  /** "Kudos sent to Sanne de Vries" (the popup adds the kudos heart after it). */
  static String kudosSent(Words w, String toName) {
    return w.get("k_sent", toName);
  }

  /**
   * What went wrong with a kudos, by the API's stable code. {@code settled} is false when the server
   * was not reached or could not answer: then the same kudos may simply be sent again (it keeps its
   * idempotency key, so it counts once).
   */
  static String kudosError(Words w, String code, String serverMessage, boolean settled) {
    if (!settled) {
      return w.get("k_notyet", serverMessage == null ? w.get("k_noanswer") : serverMessage);
    }
    String c = code == null ? "" : code;
    switch (c) {
      case "kudos_to_self":
        return w.get("k_self");
      case "unknown_colleague":
        return w.get("k_gone");
      case "unknown_value":
        return w.get("k_value");
      case "kudos_budget_spent":
        return w.get("k_spent");
      default:
        return serverMessage == null || serverMessage.isEmpty() ? w.get("k_failed") : serverMessage;
    }
  }
}
