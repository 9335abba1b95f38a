package io.chorus.extension.console;

import elemental2.core.JsDate;

/**
 * Between an {@code <input type="datetime-local">}'s value ("2026-12-08T09:00", the liaison's own clock)
 * and the API's ISO instants ("2026-12-08T07:00:00.000Z"). The browser's Date does the time-zone work.
 */
final class LocalTimes {
  private LocalTimes() {}

  /** The instant of a local value, or null when the value is empty or not a time. */
  static String toInstant(String local) {
    if (local == null || local.trim().isEmpty()) {
      return null;
    }
    JsDate date = new JsDate(local.trim());
    return Double.isNaN(date.getTime()) ? null : date.toISOString();
  }

  /** The local value of an instant, for the input ("" for none). */
  static String toLocal(String instant) {
    if (instant == null) {
      return "";
    }
    JsDate d = new JsDate(instant);
    if (Double.isNaN(d.getTime())) {
      return "";
    }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + "T" + two(d.getHours()) + ":"
        + two(d.getMinutes());
  }

  static long millis(String instant) {
    return instant == null ? 0 : (long) new JsDate(instant).getTime();
  }

  private static String two(double n) {
    int i = (int) n;
    return i < 10 ? "0" + i : String.valueOf(i);
  }
}
