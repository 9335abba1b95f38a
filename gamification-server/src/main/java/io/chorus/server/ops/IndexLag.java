package io.chorus.server.ops;

import io.chorus.server.leaderboard.LeaderboardIndex;
import io.vertx.core.Vertx;

/**
 * How far this node's leaderboard index trails the ledger, for the metrics: the ledger's head is read
 * every {@link #EVERY_MS} (one index-only query) and compared with the index's applied sequence when
 * scraped. A node that misses an event shows a lag until a later event (or, in time, its catch-up)
 * moves it on.
 */
final class IndexLag {
  static final long EVERY_MS = 5_000;

  private final Vertx vertx;
  private final LeaderboardIndex index;
  private volatile long head = -1;
  private long timer = -1;

  IndexLag(Vertx vertx, LeaderboardIndex index) {
    this.vertx = vertx;
    this.index = index;
  }

  void start() {
    poll();
    timer = vertx.setPeriodic(EVERY_MS, t -> poll());
  }

  void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }

  long head() {
    return Math.max(head, 0);
  }

  /** Ledger entries the index has not counted as of the last poll (0 before the first). */
  long lag() {
    return head < 0 ? 0 : Math.max(0, head - index.appliedSeq());
  }

  private void poll() {
    // A failed read (database down) keeps the last head: readiness reports the database, not this.
    index.ledgerHead().onSuccess(h -> head = h);
  }
}
