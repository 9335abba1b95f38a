package io.chorus.server.voids;

import io.chorus.server.auth.Caller;
import io.chorus.server.http.ApiException;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.VoidReceipt;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import java.util.function.Supplier;

/**
 * A liaison's voids: the transaction (VoidStore), then — only after commit — the reversals on this
 * node's boards and on the event bus, so every board and screen drops the points at once.
 */
public final class VoidService {
  /** The unique index that lets an entry be reversed once (PostgreSQL's name for ledger_entry.reverses UNIQUE). */
  static final String REVERSED_ONCE = "ledger_entry_reverses_key";
  // The voids' row locks keep them from racing for an entry; the unique index is the backstop for an
  // entry that joined the share after its void locked the others (a click just then). A share void that
  // loses such a race starts over, and then skips the entry.
  private static final int SHARE_VOID_ATTEMPTS = 3;

  private final VoidStore store;
  private final LeaderboardIndex leaderboard;

  public VoidService(Pool pool, LeaderboardIndex leaderboard) {
    this.store = new VoidStore(pool);
    this.leaderboard = leaderboard;
  }

  public Future<VoidReceipt> voidShare(Caller liaison, long shareId, String reason) {
    return publish(attempt(() -> store.voidShare(liaison, shareId, reason), SHARE_VOID_ATTEMPTS));
  }

  public Future<VoidReceipt> voidEntry(Caller liaison, long seq, String reason) {
    // Only the unique index could have said so (see above): the same as voiding twice.
    return publish(store.voidEntry(liaison, seq, reason).recover(e -> Future.failedFuture(
        lostReversalRace(e) ? new ApiException(ErrorCode.ALREADY_VOIDED) : e)));
  }

  private static Future<VoidStore.Voided> attempt(Supplier<Future<VoidStore.Voided>> tx, int attemptsLeft) {
    return tx.get().recover(e -> lostReversalRace(e) && attemptsLeft > 1
        ? attempt(tx, attemptsLeft - 1)
        : Future.failedFuture(e));
  }

  private Future<VoidReceipt> publish(Future<VoidStore.Voided> committed) {
    return committed.compose(voided -> leaderboard.committed(voided.activity())
        .map(v -> VoidReceipt.of(voided.reversals())));
  }

  private static boolean lostReversalRace(Throwable e) {
    return e instanceof PgException pg && "23505".equals(pg.getSqlState()) && REVERSED_ONCE.equals(pg.getConstraint());
  }
}
