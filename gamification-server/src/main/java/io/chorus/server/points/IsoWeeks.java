package io.chorus.server.points;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * ISO weeks (Monday to Monday) in a company's own time zone. Start of day is taken from the zone's
 * rules, so a week that contains a daylight-saving switch is 167 or 169 hours long, as it should be.
 */
public final class IsoWeeks {
  private IsoWeeks() {}

  /** The instant the ISO week containing {@code at} began, in the zone. */
  public static Instant weekStart(Instant at, ZoneId zone) {
    LocalDate monday = at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return monday.atStartOfDay(zone).toInstant();
  }

  /** The instant the next ISO week begins, in the zone. */
  public static Instant nextWeekStart(Instant at, ZoneId zone) {
    LocalDate monday = at.atZone(zone).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    return monday.atStartOfDay(zone).toInstant();
  }
}
