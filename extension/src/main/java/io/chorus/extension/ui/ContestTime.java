package io.chorus.extension.ui;

/**
 * How long a contest has left, as the popup, the office screen and the console say it. DOM-free and
 * locale-free (digits and short units read the same everywhere), so a JVM test pins every boundary.
 */
public final class ContestTime {
  private static final long SECOND = 1_000;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private ContestTime() {}

  /** "2 d 3 h left", "3 h 12 min left", "12 min left", "45 s left"; "ended" once the end has passed. */
  public static String left(long endsAt, long now) {
    long ms = endsAt - now;
    if (ms <= 0) {
      return "ended";
    }
    if (ms >= DAY) {
      return ms / DAY + " d " + (ms % DAY) / HOUR + " h left";
    }
    if (ms >= HOUR) {
      return ms / HOUR + " h " + (ms % HOUR) / MINUTE + " min left";
    }
    if (ms >= MINUTE) {
      return ms / MINUTE + " min left";
    }
    return Math.max(1, ms / SECOND) + " s left";
  }

  /**
   * A countdown read from across a room: "2 d 03:04:05", "03:04:05", "04:05"; "00:00" once it is
   * over. Whole seconds rounded up, so the last second shows "00:01", never a premature "00:00".
   */
  public static String countdown(long endsAt, long now) {
    long s = Math.max(0, (endsAt - now + SECOND - 1) / SECOND);
    long days = s / 86_400;
    long hours = (s % 86_400) / 3_600;
    long minutes = (s % 3_600) / 60;
    long seconds = s % 60;
    String clock = (days > 0 || hours > 0 ? two(hours) + ":" : "") + two(minutes) + ":" + two(seconds);
    return days > 0 ? days + " d " + clock : clock;
  }

  private static String two(long n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
