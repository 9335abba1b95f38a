package io.chorus.server.ops;

import io.chorus.server.http.Responses;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.shared.wire.ApiPaths;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;

/**
 * Liveness and readiness, for a load balancer's health checks and an orchestrator's probes. Live: the
 * process answers. Ready: not stopping, the boards follow the ledger and are not catching up on what
 * the event bus did not bring, and the database answers within {@link #DATABASE_WITHIN_MS} (the answer
 * says how many committed ledger numbers the boards have not counted: {@code indexLag}).
 * {@code /health} stays readiness, as it always was.
 */
public final class Health {
  static final long DATABASE_WITHIN_MS = 2_000;
  /** What a balancer should wait before trying a node that is not ready again. */
  static final String RETRY_AFTER_SECONDS = "2";

  private final LeaderboardIndex index;
  private volatile boolean stopping;

  public Health(LeaderboardIndex index) {
    this.index = index;
  }

  public void mount(Router router) {
    router.get(ApiPaths.HEALTH).handler(this::ready);
    router.get(ApiPaths.HEALTH_READY).handler(this::ready);
    router.get(ApiPaths.HEALTH_LIVE).handler(this::live);
  }

  /** From now on the node says it is not ready, so balancers send its traffic elsewhere while it stops. */
  public void stopping() {
    stopping = true;
  }

  private void live(RoutingContext ctx) {
    Responses.ok(ctx, new JsonObject().put("status", "live"));
  }

  private void ready(RoutingContext ctx) {
    if (stopping) {
      notReady(ctx, "stopping");
      return;
    }
    if (!index.following()) {
      notReady(ctx, "starting");
      return;
    }
    if (index.catchingUp()) {
      notReady(ctx, "catching up with the ledger");
      return;
    }
    index.ledgerHead().timeout(DATABASE_WITHIN_MS, TimeUnit.MILLISECONDS)
        .compose(head -> Responses.ok(ctx, new JsonObject().put("status", "ready")
            .put("indexLag", index.lag())))
        .recover(e -> notReady(ctx, "database unavailable"));
  }

  private static io.vertx.core.Future<Void> notReady(RoutingContext ctx, String why) {
    ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
    return Responses.json(ctx, 503, new JsonObject().put("status", why));
  }
}
