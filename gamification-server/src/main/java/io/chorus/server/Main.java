package io.chorus.server;

import io.chorus.server.auth.TokenKeys;
import io.chorus.server.cluster.NodeVertx;
import io.chorus.server.config.ConfigException;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseLocator;
import io.chorus.server.db.Migrations;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.ops.NodeMetrics;
import io.chorus.server.screen.ScreenRoutes;
import io.chorus.shared.wire.ApiPaths;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one node: settings from the environment, a database (found or embedded), migrations first,
 * then the node, then a banner with the office-screen URL, the demo sign-ins and the extension folder.
 */
public final class Main {
  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    ServerConfig config;
    DatabaseLocator.Located db;
    SecretKey key;
    try {
      config = ServerConfig.fromEnvironment();
      db = DatabaseLocator.locate(config);
      int ran = Migrations.migrate(db.target());
      log.info("Database: {} via {} ({} migration(s) applied)", db.target().describe(), db.how(), ran);
      key = TokenKeys.load(config);
    } catch (ConfigException e) {
      System.err.println("\nChorus cannot start:\n" + e.getMessage() + "\n");
      System.exit(2);
      return;
    }

    NodeMetrics metrics = NodeMetrics.of(config.metrics());
    NodeVertx.start(config, metrics)
        .onFailure(e -> {
          log.error("Chorus could not join cluster '{}' as {}", config.cluster().name(), config.cluster().self(), e);
          DatabaseLocator.close(db.embedded());
          System.exit(1);
        })
        .onSuccess(nodeVertx -> start(nodeVertx, metrics, config, db, key));
  }

  private static void start(NodeVertx nodeVertx, NodeMetrics metrics, ServerConfig config, DatabaseLocator.Located db,
      SecretKey key) {
    Vertx vertx = nodeVertx.vertx();
    ChorusNode.start(vertx, config, db.target(), key, Clock.systemUTC(), metrics, nodeVertx::members)
        .onSuccess(node -> {
          System.out.println(banner(node, db, nodeVertx));
          Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(vertx, node, db), "chorus-shutdown"));
        })
        .onFailure(e -> {
          log.error("Chorus did not start", e);
          vertx.close();
          DatabaseLocator.close(db.embedded());
          System.exit(1);
        });
  }

  private static void shutDown(Vertx vertx, ChorusNode node, DatabaseLocator.Located db) {
    CountDownLatch done = new CountDownLatch(1);
    // Closing a clustered Vert.x leaves the cluster: the others drop this node's event-bus subscriptions.
    node.stop().eventually(vertx::close).onComplete(r -> done.countDown());
    try {
      if (!done.await(10, TimeUnit.SECONDS)) {
        log.warn("Shutdown took longer than 10 s; stopping anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    DatabaseLocator.close(db.embedded());
  }

  static String banner(ChorusNode node, DatabaseLocator.Located db, NodeVertx nodeVertx) {
    String url = node.publicUrl();
    StringBuilder b = new StringBuilder("\n");
    b.append("Chorus is running at ").append(url).append('\n');
    b.append("  database: ").append(db.target().describe()).append(" (").append(db.how()).append(")\n");
    ServerConfig config = node.services().config();
    if (nodeVertx.clustered()) {
      b.append("  cluster:  '").append(config.cluster().name()).append("' as ").append(config.cluster().self())
          .append(", ").append(nodeVertx.members()).append(" node(s) now\n");
    }
    if (node.metricsPort() >= 0) {
      b.append("  metrics:  http://").append(config.metrics().host()).append(':').append(node.metricsPort())
          .append("/metrics\n");
    }
    b.append("  console:  ").append(url).append(ApiPaths.CONSOLE_PAGE).append("\n\n");
    DemoCompany.Demo demo = node.demo();
    if (demo != null) {
      if (demo.screenId() != null) {
        String token = node.services().tokens().forScreen(demo.screenId().toString(), demo.companyId()).token();
        b.append("Office screen for ").append(demo.companyName()).append(" (open on the TV):\n  ")
            .append(ScreenRoutes.screenUrl(url, token)).append("\n\n");
      }
      b.append("Demo sign-ins, password \"").append(DemoCompany.PASSWORD).append("\":\n");
      demo.liaisons().forEach(e -> b.append("  liaison   ").append(e).append('\n'));
      demo.employees().forEach(e -> b.append("  employee  ").append(e).append('\n'));
      b.append('\n');
    }
    b.append("Browser extension: chrome://extensions → Developer mode → Load unpacked →\n  ")
        .append(extensionFolder()).append('\n')
        .append("  (its options page takes the server address; ").append(url).append(" by default)\n\n")
        .append("Stop with Ctrl+C.\n");
    return b.toString();
  }

  /** The unpacked extension the build made, found from the repository root or from this jar. */
  static String extensionFolder() {
    Path relative = Path.of("extension", "target", "chorus-extension");
    if (Files.isDirectory(relative)) {
      return relative.toAbsolutePath().normalize().toString();
    }
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = code.getParent().getParent().getParent();
      if (Files.isDirectory(root.resolve(relative))) {
        return root.resolve(relative).normalize().toString();
      }
    } catch (Exception e) {
      log.debug("Could not locate the extension folder from the jar", e);
    }
    return "extension/target/chorus-extension (build it with ./mvnw package)";
  }
}
