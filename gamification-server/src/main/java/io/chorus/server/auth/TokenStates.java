package io.chorus.server.auth;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The revocation checks of requests that arrive together, asked in one statement
 * ({@link AuthStore#tokenStates}) instead of one each. Every request is still checked against the
 * database after it arrived, so signing out everywhere, deactivation and a demotion count at once.
 * Nothing waits on a timer: a check that finds a lane free is asked at once; checks that arrive while
 * lanes are busy go out together when one frees.
 *
 * <p>One queue per event loop (kept in its context data): its state is touched on that thread only.
 */
final class TokenStates {
  /** At most this many people per statement. */
  static final int MOST_PER_QUERY = 64;
  private static final int LANES = 2;

  private record Waiting(long employeeId, Promise<AuthStore.TokenState> answer, Context origin) {}

  private static final class Queue {
    final List<Waiting> waiting = new ArrayList<>();
    int lanesBusy;
  }

  private final AuthStore store;
  private final Object queueKey = new Object();

  TokenStates(AuthStore store) {
    this.store = store;
  }

  /** The employee's token state now (null: no such employee). */
  Future<AuthStore.TokenState> of(long employeeId) {
    Context context = Vertx.currentContext();
    if (context == null) {
      return store.tokenStates(List.of(employeeId)).map(states -> states.get(employeeId));
    }
    Queue queue = context.get(queueKey);
    if (queue == null) {
      queue = new Queue();
      context.put(queueKey, queue);
    }
    Promise<AuthStore.TokenState> answer = Promise.promise();
    queue.waiting.add(new Waiting(employeeId, answer, context));
    askWhatCanBeAsked(queue);
    return answer.future();
  }

  private void askWhatCanBeAsked(Queue queue) {
    while (queue.lanesBusy < LANES && !queue.waiting.isEmpty()) {
      int n = Math.min(MOST_PER_QUERY, queue.waiting.size());
      List<Waiting> asked = new ArrayList<>(queue.waiting.subList(0, n));
      queue.waiting.subList(0, n).clear();
      List<Long> ids = new ArrayList<>(n);
      asked.forEach(w -> ids.add(w.employeeId()));
      queue.lanesBusy++;
      Future<Map<Long, AuthStore.TokenState>> states = store.tokenStates(ids);
      states.onComplete(done -> {
        queue.lanesBusy--;
        for (Waiting w : asked) {
          Future<AuthStore.TokenState> one = states.map(found -> found.get(w.employeeId()));
          w.origin().runOnContext(v -> w.answer().handle(one));
        }
        askWhatCanBeAsked(queue);
      });
    }
  }
}
