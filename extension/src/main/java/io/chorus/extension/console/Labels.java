package io.chorus.extension.console;

import io.chorus.shared.Network;

/**
 * Words the console shows for the server's codes and numbers. DOM-free: a JVM test pins them. An
 * unknown ledger kind (a newer server's) is shown as it comes, never hidden.
 */
public final class Labels {
  private Labels() {}

  /** What a ledger entry is for, as a liaison reads it. */
  public static String kind(String kind) {
    if (kind == null) {
      return "";
    }
    switch (kind) {
      case "share":
        return "Share";
      case "fresh_bonus":
        return "Fresh bonus";
      case "own_words_bonus":
        return "Own-words bonus";
      case "click":
        return "Click";
      case "kudos":
        return "Kudos";
      case "reversal":
        return "Void";
      case "contest_entry":
        return "Contest entry";
      case "contest_click":
        return "Contest click";
      default:
        return kind.replace('_', ' ');
    }
  }

  public static String network(String wireName) {
    Network network = Network.fromWire(wireName);
    return network == null ? (wireName == null ? "" : wireName) : network.displayName();
  }

  /** Signed points for a ledger line: "+10", "−15", "0" (a real minus sign). */
  public static String signedPoints(long points) {
    if (points > 0) {
      return "+" + points;
    }
    return points < 0 ? "\u2212" + (-points) : "0";
  }

  /** "10 pts", "1 pt", "−15 pts". */
  public static String points(long points) {
    String n = points < 0 ? "\u2212" + (-points) : String.valueOf(points);
    return n + (Math.abs(points) == 1 ? " pt" : " pts");
  }

  /**
   * When a screen last asked for data: "never", "just now", "3 min ago", "5 h ago", "yesterday",
   * "12 days ago". A clock a little ahead of the browser's is "just now", never negative.
   */
  public static String lastSeen(long atMillis, long nowMillis) {
    if (atMillis == 0) {
      return "never";
    }
    long age = nowMillis - atMillis;
    long minute = 60_000;
    long hour = 60 * minute;
    long day = 24 * hour;
    if (age < minute) {
      return "just now";
    }
    if (age < hour) {
      return age / minute + " min ago";
    }
    if (age < day) {
      return age / hour + " h ago";
    }
    if (age < 2 * day) {
      return "yesterday";
    }
    return age / day + " days ago";
  }
}
