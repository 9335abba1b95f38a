package io.chorus.server.leaderboard;

import io.chorus.shared.Network;
import io.chorus.shared.wire.ShareEvent;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that rebuilds a company's board from the ledger. All of it runs in one REPEATABLE READ
 * transaction, so the totals, the people and the sequence they are "as of" come from one snapshot.
 */
final class LeaderboardStore {
  // The first statement of the transaction: REPEATABLE READ takes its snapshot here, for every query after.
  private static final String SNAPSHOT = "SELECT pg_current_snapshot()::text AS snapshot";
  private static final String COMPANY = "SELECT name, time_zone FROM company WHERE id = $1";
  private static final String MAX_SEQ = "SELECT coalesce(max(seq), 0) AS seq FROM ledger_entry WHERE company_id = $1";
  private static final String PEOPLE = """
      SELECT e.id, e.display_name, o.name AS office, t.name AS team
        FROM employee e
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN team t ON t.id = e.team_id
       WHERE e.company_id = $1
      """;
  private static final String TOTALS_SINCE = """
      SELECT employee_id, sum(points)::bigint AS points, max(seq) AS reached
        FROM ledger_entry
       WHERE company_id = $1 AND created_at >= $2
       GROUP BY employee_id
      """;
  private static final String RECENT_SHARES = """
      SELECT l.seq, e.display_name, o.name AS office, c.title, s.network, l.points, l.created_at
        FROM ledger_entry l
        JOIN share s ON s.id = l.share_id
        JOIN content c ON c.id = s.content_id
        JOIN employee e ON e.id = l.employee_id
        LEFT JOIN office o ON o.id = e.office_id
       WHERE l.company_id = $1 AND l.kind = 'share'
       ORDER BY l.seq DESC
       LIMIT $2
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

  private Future<CompanyBoard> fill(SqlConnection conn, CompanyBoard board) {
    long id = board.companyId();
    OffsetDateTime weekStart = OffsetDateTime.ofInstant(
        java.time.Instant.ofEpochMilli(board.weekStartMillis()), ZoneOffset.UTC);
    OffsetDateTime beginning = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    return conn.preparedQuery(PEOPLE).execute(Tuple.of(id))
        .compose(rows -> {
          for (Row r : rows) {
            board.person(r.getLong("id"), new CompanyBoard.Person(r.getString("display_name"),
                r.getString("office"), r.getString("team")));
          }
          return conn.preparedQuery(TOTALS_SINCE).execute(Tuple.of(id, beginning));
        })
        .compose(rows -> {
          for (Row r : rows) {
            board.loadAllTime(r.getLong("employee_id"), r.getLong("points"), r.getLong("reached"));
          }
          return conn.preparedQuery(TOTALS_SINCE).execute(Tuple.of(id, weekStart));
        })
        .compose(rows -> {
          for (Row r : rows) {
            board.loadWeek(r.getLong("employee_id"), r.getLong("points"), r.getLong("reached"));
          }
          return conn.preparedQuery(RECENT_SHARES).execute(Tuple.of(id, CompanyBoard.RECENT_SHARES));
        })
        .map(rows -> {
          List<ShareEvent> recent = new ArrayList<>();
          for (Row r : rows) {
            recent.add(new ShareEvent(r.getLong("seq"), r.getString("display_name"), r.getString("office"),
                r.getString("title"), Network.fromWire(r.getString("network")), r.getLong("points"),
                r.getOffsetDateTime("created_at").toInstant().toEpochMilli()));
          }
          board.loadRecent(recent);
          return board;
        });
  }
}
