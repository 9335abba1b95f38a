package io.chorus.server.voids;

import io.chorus.shared.wire.LedgerLine;
import io.chorus.shared.wire.ShareLine;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of what a liaison may void: the company's shares and ledger entries, newest first, a page at
 * a time by key ({@code id < $2}, {@code seq < $2}). Every query is scoped to the caller's company.
 */
final class VoidListStore {
  // earned: what the share's entries were worth (share, bonuses, clicks); points: what is left after voids.
  private static final String SHARES = """
      SELECT s.id, s.employee_id, e.display_name, o.name AS office, c.title, s.network, s.post_url, s.shared_at,
             s.voided_at, s.void_reason, v.display_name AS voided_by,
             COALESCE(p.earned, 0) AS earned, COALESCE(p.points, 0) AS points
        FROM share s
        JOIN employee e ON e.id = s.employee_id
        LEFT JOIN office o ON o.id = e.office_id
        LEFT JOIN content c ON c.id = s.content_id
        LEFT JOIN employee v ON v.id = s.voided_by
        LEFT JOIN LATERAL (
          SELECT sum(l.points) FILTER (WHERE l.kind <> 'reversal') AS earned, sum(l.points) AS points
            FROM ledger_entry l WHERE l.share_id = s.id) p ON true
       WHERE s.company_id = $1 AND ($2::bigint IS NULL OR s.id < $2)
       ORDER BY s.id DESC
       LIMIT $3
      """;
  private static final String LEDGER = """
      SELECT l.seq, l.created_at, l.kind, l.points, l.employee_id, e.display_name, l.share_id, c.title,
             l.reverses, r.seq AS reversed_by, l.reason, b.display_name AS by_name
        FROM ledger_entry l
        JOIN employee e ON e.id = l.employee_id
        LEFT JOIN share s ON s.id = l.share_id
        LEFT JOIN content c ON c.id = s.content_id
        LEFT JOIN ledger_entry r ON r.reverses = l.seq
        LEFT JOIN employee b ON b.id = l.created_by
       WHERE l.company_id = $1 AND ($2::bigint IS NULL OR l.seq < $2) AND ($3::bigint IS NULL OR l.share_id = $3)
         AND l.contest_id IS NULL -- contest points are the contests' (not voidable here)
       ORDER BY l.seq DESC
       LIMIT $4
      """;

  private final Pool pool;

  VoidListStore(Pool pool) {
    this.pool = pool;
  }

  /** Up to {@code rows} shares older than share {@code before} (null: the newest). */
  Future<List<ShareLine>> shares(long companyId, Long before, int rows) {
    return pool.preparedQuery(SHARES).execute(Tuple.of(companyId, before, rows)).map(result -> {
      List<ShareLine> out = new ArrayList<>();
      for (Row r : result) {
        out.add(new ShareLine(r.getLong("id"), r.getLong("employee_id"), r.getString("display_name"),
            r.getString("office"), r.getString("title"), r.getString("network"), r.getString("post_url"),
            millis(r.getOffsetDateTime("shared_at")), r.getLong("earned"), r.getLong("points"),
            millis(r.getOffsetDateTime("voided_at")), r.getString("voided_by"), r.getString("void_reason")));
      }
      return out;
    });
  }

  /** Up to {@code rows} ledger entries before sequence {@code before}, of one share when {@code shareId} is set. */
  Future<List<LedgerLine>> ledger(long companyId, Long before, Long shareId, int rows) {
    return pool.preparedQuery(LEDGER).execute(Tuple.of(companyId, before, shareId, rows)).map(result -> {
      List<LedgerLine> out = new ArrayList<>();
      for (Row r : result) {
        out.add(new LedgerLine(r.getLong("seq"), millis(r.getOffsetDateTime("created_at")), r.getString("kind"),
            r.getInteger("points"), r.getLong("employee_id"), r.getString("display_name"),
            orZero(r.getLong("share_id")), r.getString("title"), orZero(r.getLong("reverses")),
            orZero(r.getLong("reversed_by")), r.getString("reason"), r.getString("by_name")));
      }
      return out;
    });
  }

  private static long millis(OffsetDateTime t) {
    return t == null ? 0 : t.toInstant().toEpochMilli();
  }

  private static long orZero(Long n) {
    return n == null ? 0 : n;
  }
}
