package io.chorus.server.ops;

import io.chorus.server.config.ConfigException;
import io.chorus.server.config.MetricsConfig;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.shared.wire.ApiPaths;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.function.IntSupplier;

/**
 * What an operator watches on one node: Chorus's gauges in the node's registry and, when
 * CHORUS_METRICS_PORT is set, a listener of its own serving {@code /metrics} (and the health routes,
 * for probes that should not go through the balancer).
 */
public final class Operations {
  private final HttpServer server;

  private Operations(HttpServer server) {
    this.server = server;
  }

  public static Future<Operations> start(Vertx vertx, MetricsConfig config, NodeMetrics metrics, Health health,
      LeaderboardIndex index, IntSupplier screens, IntSupplier members) {
    if (!metrics.enabled()) {
      return Future.succeededFuture(new Operations(null));
    }
    metrics.gauge("chorus.screens.connected", "Live streams (office screens and popups) open on this node",
        "streams", screens::getAsInt);
    metrics.gauge("chorus.index.lag", "Ledger entries this node's leaderboard index has not counted yet",
        "entries", index::lag);
    metrics.gauge("chorus.index.applied.seq", "The highest ledger sequence this node's index has counted",
        null, index::appliedSeq);
    metrics.gauge("chorus.ledger.head.seq", "The highest ledger sequence committed in PostgreSQL (read every second)",
        null, index::lastKnownHead);
    metrics.gauge("chorus.cluster.members", "Nodes this node sees in its cluster, itself included",
        "nodes", members::getAsInt);
    Router router = Router.router(vertx);
    router.get(ApiPaths.METRICS).handler(metrics.scrape());
    health.mount(router);
    return vertx.createHttpServer().requestHandler(router).listen(config.port(), config.host())
        .recover(failure -> Future.failedFuture(new ConfigException("The metrics listener cannot listen on "
            + config.host() + ":" + config.port() + " (" + failure.getMessage()
            + "): check CHORUS_METRICS_HOST and CHORUS_METRICS_PORT.", failure)))
        .map(Operations::new);
  }

  /** The metrics listener's port, or -1 when the node serves no metrics. */
  public int metricsPort() {
    return server == null ? -1 : server.actualPort();
  }

  public Future<Void> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
