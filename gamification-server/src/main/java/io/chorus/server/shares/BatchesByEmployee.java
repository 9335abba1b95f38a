package io.chorus.server.shares;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which event loop's {@link ShareBatches} writes a report: always the same one for the same person
 * (by employee id), whichever loop the request came in on. A loop's batches already keep one person's
 * reports apart (the next waits for the batch holding the last), but two loops did not know of each
 * other: a person's two reports on two loops (a share on LinkedIn and on X sent together, over two
 * connections) were written at once, and the second transaction waited on the first's rows (day total,
 * counts) until it committed. A batch holding that report held all its other reports' rows meanwhile,
 * so one slow commit (a WAL flush the disk is slow with) stalled batches on both loops in a chain. With
 * one loop per person, batches on one node never wait on each other's rows.
 *
 * <p>Each loop keeps its own batches, touched on its own thread only; a report for another loop's
 * person is handed over to that loop and answered back on its own (as {@link ShareBatches} answers).
 * Loops join as they serve their first report, so a person's loop may change while the node starts up;
 * that is only the old wait, never a fault: PostgreSQL's row locks keep every write correct.
 */
final class BatchesByEmployee {
  private record Loop(Context context, ShareBatches batches) {}

  private final Pool pool;
  private final ShareStore store;
  private final int lanes;
  /** The key of this node's ShareBatches in each event loop's context data. */
  private final Object batchesKey = new Object();
  private final List<Loop> loops = new CopyOnWriteArrayList<>();

  BatchesByEmployee(Pool pool, ShareStore store, int lanes) {
    this.pool = pool;
    this.store = store;
    this.lanes = lanes;
  }

  /** Called on {@code origin}, the request's own context; answers on it. */
  Future<ShareStore.Recorded> record(ShareStore.Report report, Context origin) {
    ShareBatches own = batchesOf(origin);
    if (!origin.isEventLoopContext()) {
      return own.record(report, origin);
    }
    Loop loop = loops.get(Math.floorMod(Long.hashCode(report.caller().employeeId()), loops.size()));
    if (loop.context() == origin) {
      return own.record(report, origin);
    }
    Promise<ShareStore.Recorded> answer = Promise.promise();
    loop.context().runOnContext(v -> loop.batches().record(report, origin).onComplete(answer));
    return answer.future();
  }

  private ShareBatches batchesOf(Context context) {
    ShareBatches batches = context.get(batchesKey);
    if (batches == null) {
      batches = new ShareBatches(pool, store, lanes);
      context.put(batchesKey, batches);
      if (context.isEventLoopContext()) {
        loops.add(new Loop(context, batches));
      }
    }
    return batches;
  }
}
