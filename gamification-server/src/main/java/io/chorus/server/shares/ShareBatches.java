package io.chorus.server.shares;

import io.chorus.server.db.Transactions;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Group commit. Reports that arrive while earlier ones are being written are written together: one
 * transaction on one connection, their statements interleaved on it (pipelined), so the lot pays one
 * BEGIN, one COMMIT, one WAL flush, and far fewer round trips and wake-ups than a transaction each.
 * Nothing waits on a timer: a report that finds a lane free is written at once, alone, so a quiet
 * node answers as fast as before, and batches grow only as fast as reports queue up.
 *
 * <p>Each report keeps its own answer. A batch commits only when every report in it succeeded. When any
 * fails (refused as already shared, a statement error, a lost connection, a failed commit), the batch's
 * transaction is rolled back, so nothing of it is kept, and each of its reports is then written again
 * alone, in a transaction of its own, exactly as a report that arrived alone: the bad one fails by
 * itself and the others count. Writing again is safe even when a COMMIT's outcome is unknown (the
 * connection died after sending it): a report that did commit finds its idempotency key claimed for the
 * same request and replays its answer, and the share's natural keys refuse a second share in any case.
 *
 * <p>Two batches being written never hold reports of the same employee (a person's next report waits
 * for the batch that holds their previous one), so lanes never wait on each other's rows for one
 * person's day total, key or share (no deadlock between them), and a batch never holds one person's
 * key twice (the second could not replay an answer not yet kept). Other event loops and other nodes
 * do not know this one's batches: a batch writes its reports in employee order, so two batches that
 * share people take those people's rows in the same order and queue instead of deadlocking.
 *
 * <p>One per node (ShareService), so that concurrent reports from every event loop meet in one queue:
 * its state is touched on one event loop's thread only.
 */
final class ShareBatches {
  /** Enough to amortise a transaction; small enough that one batch's locks are held briefly. */
  static final int MOST_PER_BATCH = 16;

  private record Waiting(ShareStore.Report report, Promise<ShareStore.Recorded> answer, Context origin) {}

  private final Pool pool;
  private final ShareStore store;
  private final int lanes;
  private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
  private final Set<Long> employeesBeingWritten = new HashSet<>();
  private int lanesBusy;

  ShareBatches(Pool pool, ShareStore store, int lanes) {
    this.pool = pool;
    this.store = store;
    this.lanes = lanes;
  }

  /**
   * Called on this batcher's event loop; {@code answer} is completed on {@code origin}, the report's own
   * request context (which may be another event loop's).
   */
  void record(ShareStore.Report report, Promise<ShareStore.Recorded> answer, Context origin) {
    queue.add(new Waiting(report, answer, origin));
    startWhatCanStart();
  }

  private void startWhatCanStart() {
    while (lanesBusy < lanes && !queue.isEmpty()) {
      List<Waiting> batch = nextBatch();
      if (batch.isEmpty()) {
        return;
      }
      lanesBusy++;
      write(batch).onComplete(done -> {
        lanesBusy--;
        batch.forEach(w -> employeesBeingWritten.remove(w.report().caller().employeeId()));
        startWhatCanStart();
      });
    }
  }

  /** The oldest waiting reports whose employees no batch holds, one per employee, in employee order. */
  private List<Waiting> nextBatch() {
    List<Waiting> batch = new ArrayList<>();
    Iterator<Waiting> it = queue.iterator();
    while (it.hasNext() && batch.size() < MOST_PER_BATCH) {
      Waiting w = it.next();
      if (employeesBeingWritten.add(w.report().caller().employeeId())) {
        it.remove();
        batch.add(w);
      }
    }
    batch.sort(Comparator.comparingLong(w -> w.report().caller().employeeId()));
    return batch;
  }

  /** Completes once every report of the batch has its answer. */
  private Future<Void> write(List<Waiting> batch) {
    if (batch.size() == 1) {
      return alone(batch.get(0));
    }
    List<Future<ShareStore.Recorded>> each = new ArrayList<>(batch.size());
    // join, not all: the transaction ends only once every report's statements have settled, so none of
    // them is ever sent after its COMMIT or ROLLBACK.
    Future<Void> together = Transactions.pipelined(pool, conn -> {
      batch.forEach(w -> each.add(store.recordIn(conn, w.report())));
      return Future.join(each).mapEmpty();
    });
    return together.transform(outcome -> {
      if (outcome.succeeded()) {
        for (int i = 0; i < batch.size(); i++) {
          answer(batch.get(i), each.get(i));
        }
        return Future.succeededFuture();
      }
      List<Future<Void>> again = new ArrayList<>(batch.size());
      batch.forEach(w -> again.add(alone(w)));
      return Future.join(again).mapEmpty();
    });
  }

  private Future<Void> alone(Waiting w) {
    Future<ShareStore.Recorded> recorded = store.record(w.report());
    return recorded.transform(done -> {
      answer(w, recorded);
      return Future.succeededFuture();
    });
  }

  /** On the report's own request context, as if its handler had written it itself. */
  private static void answer(Waiting w, Future<ShareStore.Recorded> recorded) {
    w.origin().runOnContext(v -> w.answer().handle(recorded));
  }
}
