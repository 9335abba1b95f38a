package io.chorus.server.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a company's digest goes out: a day of the ISO week and a time of day, in the company's own time
 * zone. A week's digest is due from its moment for {@link #CATCH_UP} (so a node that was down at the
 * moment still sends it when it comes back the same day); after that the week is let go rather than
 * sent days late. Changing the moment to an earlier one never sends a week twice: a week is claimed once.
 *
 * @param day 1 = Monday … 7 = Sunday
 */
public record DigestSchedule(boolean enabled, int day, LocalTime time) {
  public static final DigestSchedule DEFAULT = new DigestSchedule(true, 1, LocalTime.of(9, 0));
  static final Duration CATCH_UP = Duration.ofHours(24);

  public DigestSchedule {
    if (day < 1 || day > 7) {
      throw new IllegalArgumentException("day " + day);
    }
  }

  /** One ISO week of a company (its Monday, there) and the moment of its digest. */
  public record Week(LocalDate monday, Instant sendAt) {}

  /** The week that holds {@code now} in {@code zone}. */
  public Week weekOf(Instant now, ZoneId zone) {
    LocalDate monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return week(monday, zone);
  }

  private Week week(LocalDate monday, ZoneId zone) {
    // A time that a daylight-saving switch skips is moved forward by the gap (02:30 → 03:30).
    return new Week(monday, ZonedDateTime.of(monday.plusDays(day - 1L), time, zone).toInstant());
  }

  /**
   * The week whose digest is due at {@code now}, or null: its moment has come and is less than
   * {@link #CATCH_UP} ago. Last week's too (a Sunday-night digest is still due early on Monday).
   */
  public Week due(Instant now, ZoneId zone) {
    if (!enabled) {
      return null;
    }
    Week current = weekOf(now, zone);
    for (Week w : new Week[] {current, week(current.monday().minusWeeks(1), zone)}) {
      if (!now.isBefore(w.sendAt()) && now.isBefore(w.sendAt().plus(CATCH_UP))) {
        return w;
      }
    }
    return null;
  }

  /** The next moment strictly after {@code now}, or null when the digest is off. */
  public Instant next(Instant now, ZoneId zone) {
    if (!enabled) {
      return null;
    }
    Week current = weekOf(now, zone);
    return now.isBefore(current.sendAt()) ? current.sendAt() : week(current.monday().plusWeeks(1), zone).sendAt();
  }

  /** "09:00". */
  public String timeText() {
    return String.format("%02d:%02d", time.getHour(), time.getMinute());
  }
}
