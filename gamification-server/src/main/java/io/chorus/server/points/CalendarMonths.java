package io.chorus.server.points;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar months in a company's own time zone, the month twin of {@link IsoWeeks}: a month starts at
 * the first moment of its first day in the zone (taken from the zone's rules, as for weeks).
 */
public final class CalendarMonths {
  private CalendarMonths() {}

  /** The instant the calendar month containing {@code at} began, in the zone. */
  public static Instant monthStart(Instant at, ZoneId zone) {
    LocalDate first = at.atZone(zone).toLocalDate().withDayOfMonth(1);
    return first.atStartOfDay(zone).toInstant();
  }

  /** The instant the next calendar month begins, in the zone. */
  public static Instant nextMonthStart(Instant at, ZoneId zone) {
    LocalDate first = at.atZone(zone).toLocalDate().withDayOfMonth(1).plusMonths(1);
    return first.atStartOfDay(zone).toInstant();
  }
}
