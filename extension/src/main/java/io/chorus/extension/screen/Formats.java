package io.chorus.extension.screen;

/**
 * Words and numbers as the screen shows them, read from across a room. DOM-free, so a plain JUnit
 * test pins every boundary.
 */
public final class Formats {
  private static final long MINUTE = 60_000;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private Formats() {}

  /**
   * "just now", "1 min ago", "3 h ago", "yesterday", "4 days ago". A share stamped a little in the
   * future (the TV's clock lags the server's) is "just now", never a negative age.
   */
  public static String timeAgo(long atMillis, long nowMillis) {
    long age = nowMillis - atMillis;
    if (age < MINUTE) {
      return "just now";
    }
    if (age < HOUR) {
      return age / MINUTE + " min ago";
    }
    if (age < DAY) {
      return age / HOUR + " h ago";
    }
    if (age < 2 * DAY) {
      return "yesterday";
    }
    return age / DAY + " days ago";
  }

  /** Points with thin-space thousands groups: "980", "12 480" (no locale: digits read the same everywhere). */
  public static String points(long points) {
    String digits = Long.toString(Math.abs(points));
    StringBuilder out = new StringBuilder(points < 0 ? "−" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('\u2009');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** "+10" for a gain shown next to a score or a share. */
  public static String gain(long points) {
    return (points >= 0 ? "+" : "−") + points(Math.abs(points));
  }

  /** "Riga · Engineering", either part may be missing; "" when both are. */
  public static String where(String office, String team) {
    boolean hasOffice = office != null && !office.isEmpty();
    boolean hasTeam = team != null && !team.isEmpty();
    if (hasOffice && hasTeam) {
      return office + " · " + team;
    }
    return hasOffice ? office : hasTeam ? team : "";
  }
}
