package io.chorus.server.leaderboard;

import io.chorus.server.points.Badges;
import io.chorus.shared.wire.BadgeAward;
import io.chorus.shared.wire.Leaderboard.Scope;
import io.chorus.shared.wire.Period;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that rebuilds a company's board from the ledger. All of it runs in one REPEATABLE READ
 * transaction, so the totals, the people, their badges and the sequence they are "as of" come from one
 * snapshot.
 */
final class LeaderboardStore {
  // The first statement of the transaction: REPEATABLE READ takes its snapshot here, for every query after.
  private static final String SNAPSHOT = "SELECT pg_current_snapshot()::text AS snapshot";
  private static final String COMPANY = "SELECT name, time_zone FROM company WHERE id = $1";
  // Contest points (contest_id set) are on the contests' own boards only, never the company's.
  private static final String MAX_SEQ =
      "SELECT coalesce(max(seq), 0) AS seq FROM ledger_entry WHERE company_id = $1 AND contest_id IS NULL";
  private static final String OFFICES = "SELECT id, name FROM office WHERE company_id = $1";
  private static final String TEAMS = "SELECT id, name FROM team WHERE company_id = $1";
  private static final String OFFICE_NAME = "SELECT name FROM office WHERE id = $1 AND company_id = $2";
  private static final String TEAM_NAME = "SELECT name FROM team WHERE id = $1 AND company_id = $2";
  private static final String PEOPLE = """
      SELECT e.id, e.display_name, e.office_id, o.name AS office, e.team_id, t.name AS team, e.active
        FROM employee e
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN team t ON t.id = e.team_id
       WHERE e.company_id = $1
      """;
  // People, offices and teams a liaison just changed, as they are now (a missing office or team is deleted).
  private static final String PEOPLE_NOW = """
      SELECT e.id, e.display_name, e.office_id, o.name AS office, e.team_id, t.name AS team, e.active
        FROM employee e
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN team t ON t.id = e.team_id
       WHERE e.company_id = $1 AND e.id = ANY($2::bigint[])
      """;
  private static final String OFFICES_NOW = "SELECT id, name FROM office WHERE company_id = $1 AND id = ANY($2::bigint[])";
  private static final String TEAMS_NOW = "SELECT id, name FROM team WHERE company_id = $1 AND id = ANY($2::bigint[])";
  // One pass over the company's ledger for all three periods; "reached" is the entry that made the total.
  private static final String TOTALS = """
      SELECT employee_id,
             sum(points)::bigint AS all_points, max(seq) AS all_reached,
             sum(points) FILTER (WHERE created_at >= $2)::bigint AS month_points,
             max(seq) FILTER (WHERE created_at >= $2) AS month_reached,
             sum(points) FILTER (WHERE created_at >= $3)::bigint AS week_points,
             max(seq) FILTER (WHERE created_at >= $3) AS week_reached
        FROM ledger_entry
       WHERE company_id = $1 AND contest_id IS NULL
       GROUP BY employee_id
      """;
  private static final String BADGES = """
      SELECT employee_id, badge, awarded_at FROM badge_award WHERE company_id = $1 ORDER BY awarded_at, badge
      """;
  private final Pool pool;
  private final Clock clock;

  LeaderboardStore(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** A freshly loaded board, or null when there is no such company. */
  Future<CompanyBoard> load(long companyId) {
    return pool.withTransaction(conn -> conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").execute()
        .compose(v -> conn.query(SNAPSHOT).execute())
        .map(rows -> LoadSnapshot.parse(rows.iterator().next().getString("snapshot")))
        .compose(snapshot -> conn.preparedQuery(COMPANY).execute(Tuple.of(companyId))
            .compose(companyRows -> {
              if (companyRows.size() == 0) {
                return Future.succeededFuture(null);
              }
              Row company = companyRows.iterator().next();
              return conn.preparedQuery(MAX_SEQ).execute(Tuple.of(companyId))
                  .compose(seqRows -> fill(conn, new CompanyBoard(companyId, company.getString("name"),
                      ZoneId.of(company.getString("time_zone")), snapshot, seqRows.iterator().next().getLong("seq"),
                      clock.millis())));
            })));
  }

  /** The name of an office or team of this company, or null when the company has no such one. */
  Future<String> scopeName(long companyId, BoardScope scope) {
    String sql = scope.scope() == Scope.OFFICE ? OFFICE_NAME : TEAM_NAME;
    return pool.preparedQuery(sql).execute(Tuple.of(scope.id(), companyId))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("name"));
  }

  Future<List<BadgeAward>> heldBadges(long employeeId) {
    return Badges.held(pool, employeeId);
  }

  private Future<CompanyBoard> fill(SqlConnection conn, CompanyBoard board) {
    long id = board.companyId();
    return conn.preparedQuery(OFFICES).execute(Tuple.of(id))
        .compose(rows -> {
          rows.forEach(r -> board.office(r.getLong("id"), r.getString("name")));
          return conn.preparedQuery(TEAMS).execute(Tuple.of(id));
        })
        .compose(rows -> {
          rows.forEach(r -> board.team(r.getLong("id"), r.getString("name")));
          return conn.preparedQuery(PEOPLE).execute(Tuple.of(id));
        })
        .compose(rows -> {
          rows.forEach(r -> board.person(r.getLong("id"), person(r), r.getBoolean("active")));
          return conn.preparedQuery(TOTALS).execute(Tuple.of(id, utc(board.monthStartMillis()),
              utc(board.weekStartMillis())));
        })
        .compose(rows -> {
          for (Row r : rows) {
            long employee = r.getLong("employee_id");
            board.loadTotal(Period.ALL_TIME, employee, r.getLong("all_points"), r.getLong("all_reached"));
            if (r.getLong("month_reached") != null) {
              board.loadTotal(Period.MONTH, employee, r.getLong("month_points"), r.getLong("month_reached"));
            }
            if (r.getLong("week_reached") != null) {
              board.loadTotal(Period.WEEK, employee, r.getLong("week_points"), r.getLong("week_reached"));
            }
          }
          board.placeEveryone();
          return conn.preparedQuery(BADGES).execute(Tuple.of(id));
        })
        .map(rows -> {
          rows.forEach(r -> board.loadBadge(r.getLong("employee_id"),
              new BadgeAward(r.getString("badge"), millis(r, "awarded_at"))));
          return board;
        });
  }

  /** A person's row as a board keeps it, and whether they are active. */
  record PersonNow(long employeeId, CompanyBoard.Person person, boolean active) {}

  /** These people of the company as they are now (ids of another company are left out). */
  Future<List<PersonNow>> peopleNow(long companyId, Long[] ids) {
    return pool.preparedQuery(PEOPLE_NOW).execute(Tuple.of(companyId, (Object) ids)).map(rows -> {
      List<PersonNow> out = new ArrayList<>();
      rows.forEach(r -> out.add(new PersonNow(r.getLong("id"), person(r), r.getBoolean("active"))));
      return out;
    });
  }

  /** The names of these offices (or teams) of the company now; an id missing from the answer is gone. */
  Future<java.util.Map<Long, String>> placesNow(long companyId, Scope scope, Long[] ids) {
    return pool.preparedQuery(scope == Scope.OFFICE ? OFFICES_NOW : TEAMS_NOW).execute(Tuple.of(companyId, (Object) ids))
        .map(rows -> {
          java.util.Map<Long, String> out = new java.util.HashMap<>();
          rows.forEach(r -> out.put(r.getLong("id"), r.getString("name")));
          return out;
        });
  }

  private static CompanyBoard.Person person(Row r) {
    return new CompanyBoard.Person(r.getString("display_name"), r.getLong("office_id"), r.getString("office"),
        r.getLong("team_id"), r.getString("team"));
  }

  private static OffsetDateTime utc(long millis) {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  private static long millis(Row r, String column) {
    return r.getOffsetDateTime(column).toInstant().toEpochMilli();
  }
}
