package io.chorus.server;

import io.chorus.server.auth.TokenKeys;
import io.chorus.server.cluster.NodeVertx;
import io.chorus.server.config.ConfigException;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseLocator;
import io.chorus.server.db.EmbeddedDatabase;
import io.chorus.server.db.Migrations;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.ops.NodeMetrics;
import io.chorus.server.screen.ScreenRoutes;
import io.chorus.shared.wire.ApiPaths;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one node and stops it: the two sequences of the process, one after the other below.
 *
 * <p>Start: settings from the environment, a database (found or embedded), migrations first, the token
 * key, Vert.x, then the node (services, demo, HTTP), then a banner with the office-screen URL, the demo
 * sign-ins and the extension folder. A setting that cannot work stops it with one line and exit code 2.
 *
 * <p>Stop (SIGTERM or Ctrl-C, and after a failed start): the reverse of what started, from the JVM's
 * shutdown hook, within {@link #STOP_BUDGET}: see {@link Started#stop()}.
 */
public final class Main {
  private static final Logger log = LoggerFactory.getLogger(Main.class);
  /** A stop must end well inside 2 s: HTTP grace 1 s, then Vert.x and the embedded PostgreSQL. */
  static final Duration STOP_BUDGET = Duration.ofMillis(1_500);

  private Main() {}

  public static void main(String[] args) {
    Started started = new Started();
    // First, so a stop during start-up (or a failed start) still stops what already runs.
    Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "chorus-stop"));
    try {
      ServerConfig config = ServerConfig.fromEnvironment();
      DatabaseLocator.Located db = DatabaseLocator.locate(config);
      started.embedded = db.embedded();
      int ran = Migrations.migrate(db.target());
      log.info("Database: {} via {} ({} migration(s) applied)", db.target().describe(), db.how(), ran);
      SecretKey key = TokenKeys.load(config);
      NodeMetrics metrics = NodeMetrics.of(config.metrics());
      // Alone, or a member of the Hazelcast cluster when CHORUS_CLUSTER_MEMBERS is set (closing it leaves).
      NodeVertx nodeVertx = joined(NodeVertx.start(config, metrics), config);
      started.vertx = nodeVertx.vertx();
      started.node = await(ChorusNode.start(started.vertx, config, db.target(), key, Clock.systemUTC(), metrics,
          nodeVertx::members), Duration.ofMinutes(5));
      System.out.println(banner(started.node, db, nodeVertx));
    } catch (ConfigException e) {
      System.err.println("\nChorus cannot start:\n" + e.getMessage() + "\n");
      System.exit(2);
    } catch (RuntimeException e) {
      if (!started.stopping) {
        log.error("Chorus did not start", e);
      }
      System.exit(1);
    }
  }

  private static NodeVertx joined(Future<NodeVertx> start, ServerConfig config) {
    try {
      return await(start, Duration.ofMinutes(5));
    } catch (RuntimeException e) {
      log.error("Chorus could not join cluster '{}' as {}", config.cluster().name(), config.cluster().self(), e);
      System.exit(1);
      throw e;
    }
  }

  /** What this process started so far, and how to stop it. */
  private static final class Started {
    volatile EmbeddedDatabase embedded;
    volatile Vertx vertx;
    volatile ChorusNode node;
    volatile boolean stopping;

    /**
     * The stop sequence, each step after the one before has finished:
     * <ol>
     *   <li>the node: stop accepting, finish requests in flight, end live streams with a retry hint,
     *       close the pool ({@link ChorusNode#stop()});
     *   <li>Vert.x, which on a clustered node also leaves the cluster (the others drop this node's
     *       event-bus subscriptions; Hazelcast's own shutdown hook is off); a cluster step that must
     *       come before goes right here;
     *   <li>the embedded PostgreSQL, when this process started it (a fast shutdown: a checkpoint, so
     *       the next start needs no recovery).
     * </ol>
     * Each step gets what is left of {@link #STOP_BUDGET}; a step that overruns is logged, not waited for.
     */
    synchronized void stop() {
      if (stopping) {
        return;
      }
      stopping = true;
      long began = System.nanoTime();
      if (node != null) {
        step("the node", node.stop(), began);
      }
      if (vertx != null) {
        step("Vert.x", vertx.close(), began);
      }
      if (embedded != null) {
        DatabaseLocator.close(embedded);
      }
      if (node != null) {
        log.info("Chorus stopped in {} ms", (System.nanoTime() - began) / 1_000_000);
      }
    }

    private static void step(String what, Future<?> future, long began) {
      Duration left = STOP_BUDGET.minusNanos(System.nanoTime() - began);
      try {
        await(future, left.isNegative() ? Duration.ZERO : left);
        log.debug("{} stopped at {} ms", what, (System.nanoTime() - began) / 1_000_000);
      } catch (RuntimeException e) {
        log.warn("Stopping {}: {}", what, e.getMessage());
      }
    }
  }

  /**
   * Waits for a Vert.x future from a plain thread. The result is taken through a CompletionStage, not a
   * Future callback: a callback would be run on the future's event loop, which a stop may have closed.
   */
  static <T> T await(Future<T> future, Duration timeout) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("not done after " + timeout.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
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
            .append(ScreenRoutes.screenUrl(url, token)).append('\n');
        if (demo.liveContestId() != null) {
          b.append("  the live contest on that screen:\n  ")
              .append(ScreenRoutes.contestScreenUrl(url, token, demo.liveContestId())).append('\n');
        }
        b.append('\n');
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
