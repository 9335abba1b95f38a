package io.chorus.extension.popup;

import io.chorus.shared.wire.Streak;

/**
 * The popup's words: streak, ranks, the kudos budget and every kudos outcome. DOM-free, so a plain
 * JUnit test pins each one.
 */
final class PopupText {
  private PopupText() {}

  /**
   * "3-week streak" once this week counts (the popup puts the streak badge's flame before it);
   * "Share this week to keep your 3-week streak" while it is still alive but this week has no share
   * yet; "Share this week to start a streak" otherwise.
   */
  static String streak(Streak s) {
    if (kept(s)) {
      return s.weeks() + "-week streak";
    }
    if (s.weeks() > 0) {
      return "Share this week to keep your " + s.weeks() + "-week streak";
    }
    return "Share this week to start a streak";
  }

  /** True when this week already counts for a streak of at least one week. */
  static boolean kept(Streak s) {
    return s.sharedThisWeek() && s.weeks() > 0;
  }

  /** "#3", or a dash when not ranked yet (no points in that period). */
  static String rank(int rank) {
    return rank > 0 ? "#" + rank : "\u2013";
  }

  static String kudosLeft(int left) {
    return left <= 0 ? "none left this week" : left + " left this week";
  }

  /** "12 / 280" under the message box. */
  static String counter(String message, int max) {
    return (message == null ? 0 : message.length()) + " / " + max;
  }

  /** "Kudos sent to Sanne de Vries" (the popup adds the kudos heart after it). */
  static String kudosSent(String toName) {
    return "Kudos sent to " + toName;
  }

  /**
   * What went wrong with a kudos, by the API's stable code. {@code settled} is false when the server
   * was not reached or could not answer: then the same kudos may simply be sent again (it keeps its
   * idempotency key, so it counts once).
   */
  static String kudosError(String code, String serverMessage, boolean settled) {
    if (!settled) {
      return "Not sent yet: " + (serverMessage == null ? "Chorus did not answer." : serverMessage)
          + " Press Send again; it will count only once.";
    }
    String c = code == null ? "" : code;
    switch (c) {
      case "kudos_to_self":
        return "Kudos are for colleagues: pick someone other than yourself.";
      case "unknown_colleague":
        return "That colleague is no longer in Chorus. Pick someone else.";
      case "unknown_value":
        return "That is no longer one of your company's values. Pick another.";
      case "kudos_budget_spent":
        return "You have given all your kudos for this week. More on Monday.";
      default:
        return serverMessage == null || serverMessage.isEmpty()
            ? "Chorus could not send this kudos. Check the colleague, the value and the message." : serverMessage;
    }
  }
}
