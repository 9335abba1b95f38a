package io.chorus.server.recognition;

import io.chorus.server.points.Activity;
import io.chorus.server.points.Badges;
import io.chorus.shared.badges.Badge;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the weekly top 3: each company's last completed ISO week in its own time zone, its best
 * from the ledger (points written in that week, more than 0; on a tie whoever reached the total first,
 * the lower last sequence, as on the boards), and their badges.
 */
final class WeeklyTop3Store {
  // PostgreSQL does the calendar: date_trunc('week', local time) is this week's Monday 00:00 there, and
  // "- 1 week" on local time stays at midnight across a daylight-saving switch.
  private static final String WINNERS = """
      WITH weeks AS (
        SELECT c.id AS company_id, c.time_zone,
               date_trunc('week', $1::timestamptz AT TIME ZONE c.time_zone) - interval '1 week' AS local_start,
               date_trunc('week', $1::timestamptz AT TIME ZONE c.time_zone) AS local_end
          FROM company c),
      totals AS (
        SELECT w.company_id, w.local_start, l.employee_id, sum(l.points) AS points, max(l.seq) AS reached
          FROM weeks w
          JOIN ledger_entry l ON l.company_id = w.company_id
                             AND l.created_at >= w.local_start AT TIME ZONE w.time_zone
                             AND l.created_at < w.local_end AT TIME ZONE w.time_zone
                             AND l.contest_id IS NULL
          -- Deactivated people are on no board, so in no top 3.
          JOIN employee e ON e.id = l.employee_id AND e.active
         GROUP BY w.company_id, w.local_start, l.employee_id
        HAVING sum(l.points) > 0),
      ranked AS (
        SELECT t.*, row_number() OVER (PARTITION BY t.company_id ORDER BY t.points DESC, t.reached, t.employee_id)
                    AS place
          FROM totals t)
      SELECT company_id, local_start::date AS week, employee_id
        FROM ranked
       WHERE place <= $2
       ORDER BY company_id, place
      """;

  /** One company's top of one week, best first. */
  record Week(long companyId, LocalDate monday, List<Long> best) {}

  private final Pool pool;

  WeeklyTop3Store(Pool pool) {
    this.pool = pool;
  }

  /** Every company's top of the last ISO week completed at {@code now}, for companies with points that week. */
  Future<List<Week>> lastCompletedWeeks(Instant now) {
    return pool.preparedQuery(WINNERS)
        .execute(Tuple.of(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), Badge.WEEKLY_TOP_3.threshold()))
        .map(rows -> {
          Map<Long, Week> weeks = new LinkedHashMap<>();
          for (Row r : rows) {
            weeks.computeIfAbsent(r.getLong("company_id"),
                id -> new Week(id, r.getLocalDate("week"), new ArrayList<>())).best().add(r.getLong("employee_id"));
          }
          return new ArrayList<>(weeks.values());
        });
  }

  /** Awards the week's best the badge in one transaction; the activity holds only the new awards. */
  Future<Activity> award(Week week) {
    Activity activity = Activity.of(week.companyId());
    String note = "Top 3 in the week of " + week.monday();
    return pool.withTransaction(conn -> {
      Future<Void> chain = Future.succeededFuture();
      for (long employeeId : week.best()) {
        chain = chain.compose(v -> Badges.award(conn, week.companyId(), employeeId, Badge.WEEKLY_TOP_3, null, note)
            .map(award -> {
              if (award != null) {
                activity.badges().add(award);
              }
              return null;
            }));
      }
      return chain;
    }).map(v -> activity);
  }
}
