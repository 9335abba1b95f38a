package io.chorus.server.voids;

import io.chorus.server.auth.Caller;
import io.chorus.server.contests.ContestEntries;
import io.chorus.server.http.ApiException;
import io.chorus.server.points.Activity;
import io.chorus.server.points.Ledger;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Reversal;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a liaison's voids, each one transaction: never a delete or an edit of the ledger, a
 * reversal entry (negative points, the reason, who) for each entry cancelled. The unique
 * {@code ledger_entry.reverses} makes an entry reversible once, however many voids race for it.
 */
final class VoidStore {
  // Voids lock what they cancel, then look (in a later statement, which sees what committed meanwhile)
  // for what is still unreversed: parallel voids of one share or entry queue on the lock and the later
  // ones find it done. NO KEY UPDATE, because a reversal's own foreign keys take KEY SHARE on the share
  // and the entry, and a stronger lock here would deadlock a share void against an entry void.
  private static final String LOCK_SHARE = """
      SELECT voided_at IS NOT NULL AS voided FROM share WHERE id = $1 AND company_id = $2 FOR NO KEY UPDATE
      """;
  private static final String MARK_VOIDED = """
      UPDATE share SET voided_at = now(), voided_by = $2, void_reason = $3 WHERE id = $1
      """;
  private static final String LOCK_SHARE_ENTRIES = """
      SELECT seq FROM ledger_entry WHERE share_id = $1 ORDER BY seq FOR NO KEY UPDATE
      """;
  // Everything the share earned (the share, its bonuses, its clicks) that no void has cancelled yet.
  private static final String SHARE_ENTRIES = """
      SELECT l.seq, l.employee_id, l.points
        FROM ledger_entry l
       WHERE l.share_id = $1 AND l.kind <> 'reversal' AND l.points > 0
         AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses = l.seq)
       ORDER BY l.seq
      """;
  private static final String LOCK_ENTRY = """
      SELECT seq FROM ledger_entry WHERE seq = $1 AND company_id = $2 AND contest_id IS NULL FOR NO KEY UPDATE
      """;
  private static final String ENTRY = """
      SELECT l.employee_id, l.kind, l.points, l.share_id,
             EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses = l.seq) AS reversed
        FROM ledger_entry l
       WHERE l.seq = $1
      """;

  /** What a void wrote: the reversals for the answer, and the activity to publish after commit. */
  record Voided(List<Reversal> reversals, Activity activity) {}

  private final Pool pool;

  VoidStore(Pool pool) {
    this.pool = pool;
  }

  Future<Voided> voidShare(Caller liaison, long shareId, String reason) {
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK_SHARE).execute(Tuple.of(shareId, liaison.companyId()))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.failedFuture(new ApiException(ErrorCode.SHARE_NOT_FOUND));
          }
          if (rows.iterator().next().getBoolean("voided")) {
            return Future.failedFuture(new ApiException(ErrorCode.ALREADY_VOIDED));
          }
          return conn.preparedQuery(MARK_VOIDED).execute(Tuple.of(shareId, liaison.employeeId(), reason))
              .compose(v -> conn.preparedQuery(LOCK_SHARE_ENTRIES).execute(Tuple.of(shareId)))
              .compose(v -> conn.preparedQuery(SHARE_ENTRIES).execute(Tuple.of(shareId)))
              .compose(entries -> reverseAll(conn, liaison, shareId, entries, reason))
              // The share's contest entries go too (their contest points reversed on the contests' boards).
              .compose(voided -> ContestEntries.voidShare(conn, shareId, reason, liaison.employeeId())
                  .map(reversed -> {
                    reversed.forEach(c -> {
                      voided.activity().contests().add(c.contestId());
                      voided.activity().contestSeqs().add(c.seq());
                    });
                    return voided;
                  }));
        }));
  }

  Future<Voided> voidEntry(Caller liaison, long seq, String reason) {
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK_ENTRY).execute(Tuple.of(seq, liaison.companyId()))
        .compose(locked -> locked.size() == 0
            ? Future.failedFuture(new ApiException(ErrorCode.ENTRY_NOT_FOUND))
            : conn.preparedQuery(ENTRY).execute(Tuple.of(seq)))
        .compose(rows -> {
          Row entry = rows.iterator().next();
          if ("reversal".equals(entry.getString("kind"))) {
            return Future.failedFuture(new ApiException(ErrorCode.NOT_VOIDABLE));
          }
          if (entry.getBoolean("reversed")) {
            return Future.failedFuture(new ApiException(ErrorCode.ALREADY_VOIDED));
          }
          Voided voided = new Voided(new ArrayList<>(), Activity.of(liaison.companyId()));
          return reverse(conn, liaison, entry.getLong("share_id"), seq, entry.getLong("employee_id"),
              entry.getInteger("points"), reason, voided).map(v -> voided);
        }));
  }

  private static Future<Voided> reverseAll(SqlConnection conn, Caller liaison, long shareId, RowSet<Row> entries,
      String reason) {
    Voided voided = new Voided(new ArrayList<>(), Activity.of(liaison.companyId()));
    Future<Void> chain = Future.succeededFuture();
    for (Row e : entries) {
      chain = chain.compose(v -> reverse(conn, liaison, shareId, e.getLong("seq"), e.getLong("employee_id"),
          e.getInteger("points"), reason, voided));
    }
    return chain.map(v -> voided);
  }

  private static Future<Void> reverse(SqlConnection conn, Caller liaison, Long shareId, long seq, long employeeId,
      int points, String reason, Voided voided) {
    return Ledger.append(conn, Ledger.Entry.reversal(liaison.companyId(), employeeId, points, shareId, seq, reason,
            liaison.employeeId()))
        .map(event -> {
          voided.activity().entries().add(event);
          voided.reversals().add(new Reversal(event.seq(), seq, employeeId, event.points()));
          return null;
        });
  }
}
