package io.chorus.server;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.Pools;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.recognition.WeeklyTop3;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;

/**
 * One running Chorus node on a migrated database: services, demo data when wanted, then the HTTP
 * server — in that order, so nothing is served before the boards can be built from complete data.
 * Main starts one; tests start one per class.
 */
public final class ChorusNode {
  private final Services services;
  private final HttpVerticle http;
  private final DemoCompany.Demo demo;
  private final WeeklyTop3 weeklyTop3;

  private ChorusNode(Services services, HttpVerticle http, DemoCompany.Demo demo, WeeklyTop3 weeklyTop3) {
    this.services = services;
    this.http = http;
    this.demo = demo;
    this.weeklyTop3 = weeklyTop3;
  }

  public static Future<ChorusNode> start(Vertx vertx, ServerConfig config, DatabaseTarget database,
      SecretKey key, Clock clock) {
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
            .compose(v -> vertx.fileSystem().readFile("pages/screen.html"))
            .compose(page -> {
              HttpVerticle http = new HttpVerticle(services, origins, page);
              return vertx.deployVerticle(http).map(id -> {
                // Weeks close once the node is listening: the job's badges reach boards that are serving.
                WeeklyTop3 weeklyTop3 = new WeeklyTop3(vertx, pool, services.leaderboard(), clock);
                weeklyTop3.start();
                services.digests().start(() -> services.config().publicUrl(http.port()));
                return new ChorusNode(services, http, demo, weeklyTop3);
              });
            }))
        .onFailure(e -> services.passwords().close().eventually(pool::close));
  }

  public int port() {
    return http.port();
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

  /**
   * Stops serving (ending live streams with a retry hint), writes when screens were last seen, then
   * closes the pool.
   */
  public Future<Void> stop() {
    weeklyTop3.stop();
    return services.digests().stop()
        .eventually(() -> services.vertx().undeploy(http.deploymentID()))
        .eventually(() -> services.screenStates().stop())
        .eventually(() -> services.passwords().close())
        .eventually(() -> services.pool().close());
  }
}
