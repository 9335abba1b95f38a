package io.chorus.server.points;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The daily cap on points earned by sharing (shares, bonuses, clicks), per day of the company's time
 * zone. Decided in SQL inside the caller's transaction by one upsert: ON CONFLICT locks the employee's
 * day row, and both SET expressions read the row as it was, so {@code last_grant} is exactly what this
 * call added. Parallel reports queue on the row and together never pass the cap. A void does not give
 * cap back (otherwise void-and-repost would beat it).
 */
public final class DailyCap {
  private static final String GRANT = """
      INSERT INTO points_day AS d (employee_id, day, earned, last_grant)
      SELECT e.id, (now() AT TIME ZONE c.time_zone)::date, LEAST($2::int, $3::int), LEAST($2::int, $3::int)
        FROM employee e JOIN company c ON c.id = e.company_id
       WHERE e.id = $1
      ON CONFLICT (employee_id, day) DO UPDATE
         SET earned = d.earned + LEAST($2::int, GREATEST($3::int - d.earned, 0)),
             last_grant = LEAST($2::int, GREATEST($3::int - d.earned, 0))
      RETURNING last_grant AS granted
      """;

  /**
   * What GRANT has just granted, read back by a later statement of the same transaction, so a statement
   * that needs the amount can be sent right behind GRANT instead of after its answer: {@code last_grant}
   * of the employee's row for today (the same day GRANT computed: now() is the transaction's start), a
   * row this transaction holds locked since GRANT. {@code employee} and {@code requested} are the
   * statement's own parameters; a request of 0 or less grants 0 (GRANT is then not sent).
   */
  public static String grantedByThisTransaction(String employee, String requested) {
    return "CASE WHEN " + requested + "::int <= 0 THEN 0 ELSE (SELECT d.last_grant FROM points_day d"
        + " JOIN employee e ON e.id = d.employee_id JOIN company c ON c.id = e.company_id"
        + " WHERE d.employee_id = " + employee + " AND d.day = (now() AT TIME ZONE c.time_zone)::date) END";
  }

  private DailyCap() {}

  /** Grants as much of {@code requested} as today's cap leaves (0 when it is reached). */
  public static Future<Integer> grant(SqlConnection conn, long employeeId, int requested, int cap) {
    if (requested <= 0) {
      return Future.succeededFuture(0);
    }
    return conn.preparedQuery(GRANT).execute(Tuple.of(employeeId, requested, cap))
        .map(rows -> rows.iterator().next().getInteger("granted"));
  }
}
