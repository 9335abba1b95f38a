package io.chorus.server.points;

import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.BadgeAward;
import io.chorus.shared.wire.BadgeEvent;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Awarding and reading badges. An award is an insert that the (employee, badge) key makes happen at
 * most once, however many transactions race for it; only the winner gets an event to publish.
 */
public final class Badges {
  private static final String AWARD = """
      WITH award AS (
        INSERT INTO badge_award (employee_id, badge, company_id, awarded_by, note)
        VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT DO NOTHING
        RETURNING employee_id, badge, awarded_at, seq)
      SELECT award.badge, award.awarded_at, award.seq, e.display_name
        FROM award JOIN employee e ON e.id = award.employee_id
      """;
  private static final String HELD = """
      SELECT badge, awarded_at FROM badge_award WHERE employee_id = $1 ORDER BY awarded_at, badge
      """;

  private Badges() {}

  /** The event for a new award, or null when the person already held the badge. */
  public static Future<BadgeEvent> award(SqlConnection conn, long companyId, long employeeId, Badge badge,
      Long awardedBy, String note) {
    return conn.preparedQuery(AWARD).execute(Tuple.of(employeeId, badge.id(), companyId, awardedBy, note))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row r = rows.iterator().next();
          return new BadgeEvent(employeeId, r.getString("display_name"), badge.id(),
              r.getOffsetDateTime("awarded_at").toInstant().toEpochMilli(), r.getLong("seq"));
        });
  }

  /** Awards each badge in turn (in order, on one connection), collecting the events of those new. */
  public static Future<List<BadgeEvent>> awardAll(SqlConnection conn, long companyId, long employeeId,
      List<Badge> badges) {
    List<BadgeEvent> awarded = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (Badge b : badges) {
      chain = chain.compose(v -> award(conn, companyId, employeeId, b, null, null).map(e -> {
        if (e != null) {
          awarded.add(e);
        }
        return null;
      }));
    }
    return chain.map(v -> awarded);
  }

  public static Future<List<BadgeAward>> held(Pool pool, long employeeId) {
    return pool.preparedQuery(HELD).execute(Tuple.of(employeeId)).map(rows -> {
      List<BadgeAward> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new BadgeAward(r.getString("badge"), r.getOffsetDateTime("awarded_at").toInstant().toEpochMilli()));
      }
      return out;
    });
  }
}
