package io.chorus.extension.console;

/**
 * The Numbers page's words and day arithmetic. DOM-free, so a JVM test pins them: the page shows the
 * period's last day (the API's {@code to} is the day after it), counts with thousands separated, and
 * the trend of weekly active advocates as a sentence.
 */
public final class NumbersText {
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};

  private NumbersText() {}

  /** The ISO day {@code days} after (or before) {@code isoDay}; null when it is no day. */
  public static String plusDays(String isoDay, int days) {
    long epochDay = epochDay(isoDay);
    return epochDay == Long.MIN_VALUE ? null : isoDay(epochDay + days);
  }

  /** "2 Nov 2026" for "2026-11-02"; the text as it is when it is no day. */
  public static String day(String isoDay) {
    if (epochDay(isoDay) == Long.MIN_VALUE) {
      return isoDay;
    }
    return Integer.parseInt(isoDay.substring(8, 10)) + " " + MONTHS[Integer.parseInt(isoDay.substring(5, 7)) - 1] + " "
        + isoDay.substring(0, 4);
  }

  /** "2 Nov" for "2026-11-02" (a week's label on a chart). */
  public static String shortDay(String isoDay) {
    String day = day(isoDay);
    return day.length() > 5 ? day.substring(0, day.length() - 5) : day;
  }

  /** 12,345 */
  public static String count(long n) {
    String digits = String.valueOf(Math.abs(n));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return (n < 0 ? "\u2212" : "") + out;
  }

  /** One decimal, a minus sign for negatives; a dash when there is no value. */
  public static String decimal(Double value) {
    if (value == null) {
      return "\u2014";
    }
    long tenths = Math.round(value * 10);
    String sign = tenths < 0 ? "\u2212" : "";
    tenths = Math.abs(tenths);
    return sign + count(tenths / 10) + "." + (tenths % 10);
  }

  /** "67%" of a part in a whole; a dash when the whole is nothing. */
  public static String percent(long part, long whole) {
    return whole == 0 ? "\u2014" : Math.round(100.0 * part / whole) + "%";
  }

  /** What the adoption funnel says in one line. */
  public static String adoption(long invited, long joined, long active) {
    return count(invited) + " invited \u00B7 " + count(joined) + " joined (" + percent(joined, invited) + ") \u00B7 "
        + count(active) + " shared (" + percent(active, joined) + " of those who joined)";
  }

  /**
   * The trend of weekly active advocates from the first and last values of the fitted line over
   * {@code weeks} full weeks between them.
   */
  public static String trend(Double first, Double last, int weeks) {
    if (first == null || last == null || weeks < 2) {
      return "Not enough full weeks for a trend.";
    }
    double perWeek = (last - first) / (weeks - 1);
    long hundredths = Math.round(perWeek * 100);
    if (hundredths == 0) {
      return "Trend: steady.";
    }
    String amount = decimal(Math.abs(perWeek));
    return "Trend: " + (hundredths > 0 ? "up " : "down ") + amount + " active advocates a week.";
  }

  /** Stable codes of rows, as people read them. */
  public static String code(String key, String value) {
    if (value == null) {
      return "";
    }
    if ("network".equals(key)) {
      return Labels.network(value);
    }
    if ("stage".equals(key)) {
      switch (value) {
        case "invited":
          return "Invited";
        case "joined":
          return "Joined";
        case "active":
          return "Shared in the period";
        default:
          return value;
      }
    }
    return value;
  }

  /** A long label shortened for a chart's axis (the table beside it has it whole). */
  public static String axisLabel(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() <= 24) {
      return text;
    }
    // Never half of a surrogate pair (an emoji in a title).
    int end = Character.isHighSurrogate(text.charAt(22)) ? 22 : 23;
    return text.substring(0, end) + "\u2026";
  }

  private static long epochDay(String iso) {
    if (iso == null || iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
      return Long.MIN_VALUE;
    }
    int y;
    int m;
    int d;
    try {
      y = Integer.parseInt(iso.substring(0, 4));
      m = Integer.parseInt(iso.substring(5, 7));
      d = Integer.parseInt(iso.substring(8, 10));
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || !isoDay(civil(y, m, d)).equals(iso)) {
      return Long.MIN_VALUE;
    }
    return civil(y, m, d);
  }

  // Days from civil and back (H. Hinnant's algorithms; years from 0 on): no java.time in the browser.
  private static long civil(long y, long m, long d) {
    y -= m <= 2 ? 1 : 0;
    long era = y / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  private static String isoDay(long epochDay) {
    long z = epochDay + 719468;
    long era = z / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
  }

  private static String pad(long n, int width) {
    StringBuilder s = new StringBuilder(String.valueOf(n));
    while (s.length() < width) {
      s.insert(0, '0');
    }
    return s.toString();
  }
}
