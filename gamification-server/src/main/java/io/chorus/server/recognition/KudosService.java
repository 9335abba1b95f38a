package io.chorus.server.recognition;

import io.chorus.server.auth.Caller;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.shared.wire.KudosOptions;
import io.chorus.shared.wire.KudosRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

/**
 * Kudos: the transaction (KudosStore), then — only after commit — the receiver's points on this node's
 * boards and the kudos and any badges on the event bus, for every node and office screen.
 */
public final class KudosService {
  private final KudosStore store;
  private final LeaderboardIndex leaderboard;

  public KudosService(Pool pool, LeaderboardIndex leaderboard) {
    this.store = new KudosStore(pool);
    this.leaderboard = leaderboard;
  }

  /** The answer to a kudos: its body (the kudos and the budget left), and whether it replays an earlier one. */
  public record Outcome(JsonObject body, boolean replayed) {}

  public Future<Outcome> give(Caller caller, String idempotencyKey, KudosRequest request) {
    return store.give(caller, idempotencyKey, KudosFingerprint.of(request), request)
        .compose(given -> (given.replayed() ? Future.<Void>succeededFuture() : leaderboard.committed(given.activity()))
            .map(v -> new Outcome(given.body(), given.replayed())));
  }

  public Future<KudosOptions> options(Caller caller) {
    return store.options(caller);
  }
}
