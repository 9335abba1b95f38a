package io.chorus.server.loops;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * Hands a Future that several event loops share (a cached board, one read many requests wait for) back
 * on the loop that asks for it.
 *
 * <p>Why: a Vert.x future runs its callbacks on the context it was made on, even when another loop adds
 * them. With several HTTP verticles, a company board first loaded by loop A would otherwise run every
 * later request's continuation — its answer, its share's standing — on loop A, whichever loop the
 * connection belongs to: the work would pile up on one core again, and state owned by loop B (its live
 * streams) would be touched from A's thread.
 */
public final class CallersLoop {
  private CallersLoop() {}

  /**
   * The same outcome as {@code shared}, whose callbacks run on the calling context: at once when it is
   * already complete (no hop at all), else on this context once it completes. Off any context (a test,
   * a start-up step), {@code shared} itself.
   */
  public static <T> Future<T> of(Future<T> shared) {
    if (shared.isComplete()) {
      // A future without a context runs its callbacks on the thread that adds them: the caller's.
      return shared.succeeded() ? Future.succeededFuture(shared.result()) : Future.failedFuture(shared.cause());
    }
    Context here = Vertx.currentContext();
    if (here == null) {
      return shared;
    }
    Promise<T> answer = Promise.promise();
    shared.onComplete(done -> {
      if (Vertx.currentContext() == here) {
        answer.handle(done); // completed on this very loop (the asker started the read): no extra turn
      } else {
        here.runOnContext(v -> answer.handle(done));
      }
    });
    return answer.future();
  }
}
