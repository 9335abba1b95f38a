package io.chorus.server.ops;

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
  private final IndexLag lag;
  private final HttpServer server;

  private Operations(IndexLag lag, HttpServer server) {
    this.lag = lag;
    this.server = server;
  }

  public static Future<Operations> start(Vertx vertx, MetricsConfig config, NodeMetrics metrics, Health health,
      LeaderboardIndex index, IntSupplier screens, IntSupplier members) {
    if (!metrics.enabled()) {
      return Future.succeededFuture(new Operations(null, null));
    }
    IndexLag lag = new IndexLag(vertx, index);
    metrics.gauge("chorus.screens.connected", "Live streams (office screens and popups) open on this node",
        "streams", screens::getAsInt);
    metrics.gauge("chorus.index.lag", "Ledger entries this node's leaderboard index has not counted yet",
        "entries", lag::lag);
    metrics.gauge("chorus.index.applied.seq", "The highest ledger sequence this node's index has counted",
        null, index::appliedSeq);
    metrics.gauge("chorus.ledger.head.seq", "The highest ledger sequence in PostgreSQL (read every 5 s)",
        null, lag::head);
    metrics.gauge("chorus.cluster.members", "Nodes this node sees in its cluster, itself included",
        "nodes", members::getAsInt);
    lag.start();
    Router router = Router.router(vertx);
    router.get(ApiPaths.METRICS).handler(metrics.scrape());
    health.mount(router);
    return vertx.createHttpServer().requestHandler(router).listen(config.port(), config.host())
        .map(server -> new Operations(lag, server))
        .onFailure(e -> lag.stop());
  }

  /** The metrics listener's port, or -1 when the node serves no metrics. */
  public int metricsPort() {
    return server == null ? -1 : server.actualPort();
  }

  public Future<Void> stop() {
    if (lag != null) {
      lag.stop();
    }
    return server == null ? Future.succeededFuture() : server.close();
  }
}
