package io.chorus.server.recognition;

import io.chorus.server.points.CompanyRules;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The weekly kudos budget of each giver, per ISO week of the company's time zone (the row's
 * {@code week_start} is that week's Monday there). Decided in SQL inside the kudos transaction by one
 * upsert: ON CONFLICT locks the giver's row for the week and counts up only while it is under the
 * budget, so parallel kudos from one giver queue on the row and together never pass it.
 */
public final class KudosBudget {
  // With a budget of 0 the SELECT yields nothing, so even the week's first kudos inserts no row.
  private static final String SPEND = """
      INSERT INTO kudos_week AS w (giver_id, week_start, given)
      SELECT e.id, (date_trunc('week', now() AT TIME ZONE c.time_zone))::date, 1
        FROM employee e JOIN company c ON c.id = e.company_id
       WHERE e.id = $1 AND $2::int > 0
      ON CONFLICT (giver_id, week_start) DO UPDATE SET given = w.given + 1
       WHERE w.given < $2::int
      RETURNING given
      """;
  private static final String GIVEN_THIS_WEEK = """
      SELECT coalesce(w.given, 0) AS given
        FROM employee e
        JOIN company c ON c.id = e.company_id
        LEFT JOIN kudos_week w ON w.giver_id = e.id
                              AND w.week_start = (date_trunc('week', now() AT TIME ZONE c.time_zone))::date
       WHERE e.id = $1 AND e.company_id = $2
      """;

  private KudosBudget() {}

  /** Counts one kudos against this week's budget: how many the giver has now given, or null when spent. */
  static Future<Integer> spend(SqlConnection conn, long giverId, int perWeek) {
    return conn.preparedQuery(SPEND).execute(Tuple.of(giverId, perWeek))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getInteger("given"));
  }

  /** Kudos the employee may still give this week (0 when spent); works on a pool or in a transaction. */
  public static Future<Integer> kudosLeft(SqlClient client, long companyId, long employeeId) {
    return CompanyRules.load(client, companyId)
        .compose(rules -> client.preparedQuery(GIVEN_THIS_WEEK).execute(Tuple.of(employeeId, companyId))
            .map(rows -> {
              int given = rows.size() == 0 ? 0 : rows.iterator().next().getInteger("given");
              return Math.max(0, rules.kudosPerWeek() - given);
            }));
  }
}
