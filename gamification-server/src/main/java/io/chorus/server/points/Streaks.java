package io.chorus.server.points;

import io.chorus.shared.wire.Streak;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streaks: consecutive ISO weeks with at least one (not voided) share, by when the employee posted
 * ({@code share.posted_at}, so a report that waited in the outbox still counts for its own week), in
 * the company's time zone. PostgreSQL does the calendar work: {@code date_trunc('week', local time)} is
 * the ISO week's Monday, across daylight-saving switches and week 53 alike; the counting is plain
 * Monday arithmetic here.
 */
public final class Streaks {
  // Mondays (company-local) of the weeks the employee shared in, newest first, and this week's Monday.
  private static final String WEEKS = """
      SELECT w.week, (date_trunc('week', $2::timestamptz AT TIME ZONE c.time_zone))::date AS this_week
        FROM employee e
        JOIN company c ON c.id = e.company_id
        LEFT JOIN LATERAL (
          SELECT DISTINCT (date_trunc('week', s.posted_at AT TIME ZONE c.time_zone))::date AS week
            FROM share s
           WHERE s.employee_id = e.id AND s.voided_at IS NULL AND s.posted_at <= $2::timestamptz
           ORDER BY week DESC
           LIMIT 1000) w ON true
       WHERE e.id = $1
      """;

  private Streaks() {}

  /** The employee's streak as of {@code now} (works on a pool or inside a transaction). */
  public static Future<Streak> current(SqlClient client, long employeeId, Instant now) {
    return client.preparedQuery(WEEKS)
        .execute(Tuple.of(employeeId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
        .map(rows -> {
          List<LocalDate> weeks = new ArrayList<>();
          LocalDate thisWeek = null;
          for (Row r : rows) {
            thisWeek = r.getLocalDate("this_week");
            if (r.getLocalDate("week") != null) {
              weeks.add(r.getLocalDate("week"));
            }
          }
          return thisWeek == null ? new Streak(0, false) : of(weeks, thisWeek);
        });
  }

  /**
   * The streak given the Mondays of the weeks shared in and this week's Monday. A streak that reaches
   * last week is still alive during this week (the employee has until Sunday night to extend it).
   */
  public static Streak of(List<LocalDate> sharedWeeks, LocalDate thisWeek) {
    Set<LocalDate> weeks = new HashSet<>(sharedWeeks);
    boolean sharedThisWeek = weeks.contains(thisWeek);
    LocalDate week = sharedThisWeek ? thisWeek : thisWeek.minusWeeks(1);
    int count = 0;
    while (weeks.contains(week)) {
      count++;
      week = week.minusWeeks(1);
    }
    return new Streak(count, sharedThisWeek);
  }
}
