package io.chorus.server;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.Pools;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.ops.Health;
import io.chorus.server.ops.NodeMetrics;
import io.chorus.server.ops.Operations;
import io.chorus.server.recognition.WeeklyTop3;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import javax.crypto.SecretKey;

/**
 * One running Chorus node on a migrated database: services, demo data when wanted, then the HTTP
 * server — in that order, so nothing is served before the boards can be built from complete data.
 * Main starts one; tests start one per class.
 */
public final class ChorusNode {
  private final Services services;
  private final HttpLoops http;
  private final DemoCompany.Demo demo;
  private final WeeklyTop3 weeklyTop3;
  private final Health health;
  private final Operations operations;

  private ChorusNode(Services services, HttpLoops http, DemoCompany.Demo demo, WeeklyTop3 weeklyTop3,
      Health health, Operations operations) {
    this.services = services;
    this.http = http;
    this.demo = demo;
    this.weeklyTop3 = weeklyTop3;
    this.health = health;
    this.operations = operations;
  }

  /** A node without metrics, alone (as tests start most nodes). */
  public static Future<ChorusNode> start(Vertx vertx, ServerConfig config, DatabaseTarget database,
      SecretKey key, Clock clock) {
    return start(vertx, config, database, key, clock, NodeMetrics.off(), () -> 1);
  }

  /**
   * A node whose Vert.x was built with {@code metrics} wired in (see {@code NodeVertx}); {@code members}
   * says how many nodes its cluster has, for the metrics.
   */
  public static Future<ChorusNode> start(Vertx vertx, ServerConfig config, DatabaseTarget database,
      SecretKey key, Clock clock, NodeMetrics metrics, IntSupplier members) {
    Pool pool = Pools.create(vertx, database, config);
    Services services = Services.create(config, vertx, pool, key, clock);
    List<String> origins = new ArrayList<>(config.allowedOrigins());
    String extensionOrigin = ExtensionInfo.load().origin();
    if (origins.isEmpty() && extensionOrigin != null) {
      origins.add(extensionOrigin);
    }
    return new DemoCompany(vertx, pool, clock).prepare(config.demo())
        .compose(demo -> services.leaderboard().listen()
            .compose(v -> services.screenStates().start())
            .compose(v -> services.signInsAcrossNodes().start())
            .compose(v -> pageShells(vertx))
            .compose(pages -> {
              Health health = new Health(services.leaderboard());
              return HttpLoops.deploy(vertx, services, origins, pages, health, metrics)
                  .compose(http -> Operations.start(vertx, config.metrics(), metrics, health, services.leaderboard(),
                      http::connectedScreens, members)
                  // A node that cannot start must not keep serving on its HTTP port (a busy metrics port, say):
                  // the process may live on (tests, a supervisor retrying) and a balancer would still send it work.
                  .recover(failure -> http.stop().transform(stopped -> Future.<Operations>failedFuture(failure)))
                  .map(operations -> {
                    // Weeks close once the node is listening: the job's badges reach boards that are serving.
                    WeeklyTop3 weeklyTop3 = new WeeklyTop3(vertx, pool, services.leaderboard(), clock);
                    weeklyTop3.start();
                    services.digests().start(() -> services.config().publicUrl(http.port()));
                    return new ChorusNode(services, http, demo, weeklyTop3, health, operations);
                  }))
                  // Contests change state on time from now on (on every node; the database picks who acts).
                  .compose(node -> services.contests().start().map(node));
            }))
        .onFailure(e -> services.passwords().close().eventually(pool::close));
  }

  private static Future<Mounts.PageShells> pageShells(Vertx vertx) {
    return vertx.fileSystem().readFile("pages/screen.html")
        .compose(screen -> vertx.fileSystem().readFile("pages/console.html")
            .compose(console -> vertx.fileSystem().readFile("pages/welcome.html")
                .map(welcome -> new Mounts.PageShells(screen, console, welcome))));
  }

  public int port() {
    return http.port();
  }

  /** Live streams open on this node now, over all its HTTP loops (what the metrics gauge reads). */
  public int connectedScreens() {
    return http.connectedScreens();
  }

  /** Live streams open now on each event-loop thread that serves HTTP (names as Vert.x gives them). */
  public Map<String, Integer> connectedScreensPerLoop() {
    return http.connectedScreensPerLoop();
  }

  /** How many HTTP verticle instances serve this node, each on its own event loop. */
  public int httpLoops() {
    return http.instances();
  }

  public String publicUrl() {
    return services.config().publicUrl(port());
  }

  public Services services() {
    return services;
  }

  /** The demo company as seeded or found, or null when this node runs without one. */
  public DemoCompany.Demo demo() {
    return demo;
  }

  /** The port of the node's metrics listener, or -1 when it serves no metrics. */
  public int metricsPort() {
    return operations.metricsPort();
  }

  /**
   * Says "not ready" first (balancers drain the node), then stops serving on every HTTP loop (no new
   * connections; requests in flight finish; live streams end with a retry hint) and the hourly job; then the
   * operations listener, writes when screens were last seen, closes the password workers, and closes
   * the pool once nothing uses it.
   */
  public Future<Void> stop() {
    health.stopping();
    return Future.join(weeklyTop3.stop(), services.digests().stop(), services.contests().stop(),
            http.stop())
        .<Void>mapEmpty()
        .eventually(operations::stop)
        .eventually(() -> {
          services.leaderboard().stopFollowing();
          return Future.succeededFuture();
        })
        .eventually(() -> services.screenStates().stop())
        .eventually(() -> services.signInsAcrossNodes().stop())
        .eventually(() -> services.passwords().close())
        .eventually(() -> services.pool().close());
  }
}
