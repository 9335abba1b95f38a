package io.chorus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.ops.NodeMetrics;
import io.chorus.server.support.TestDatabases;
import io.jsonwebtoken.security.Keys;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("A node that cannot start leaves nothing listening")
class StartFailureTest {

  @Test
  @DisplayName("metrics port taken: start fails naming the port, and the HTTP port it had opened is released")
  void busyMetricsPortReleasesHttp(Vertx vertx) throws Exception {
    DatabaseTarget database = TestDatabases.fresh("start_failure");
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      // The HTTP port is picked free just before the node starts; should something take it in between,
      // the node fails on its HTTP port instead, which is not this case: pick another and try again.
      for (int attempt = 1; ; attempt++) {
        int httpPort = freePort();
        Throwable failure = failedStart(vertx, database, httpPort, taken.getLocalPort());
        if (failure.getMessage().contains("CHORUS_HTTP_PORT") && attempt < 3) {
          continue;
        }
        assertTrue(failure.getMessage().contains("CHORUS_METRICS_PORT")
                && failure.getMessage().contains(":" + taken.getLocalPort()),
            "the failure names the metrics listener's address and setting: " + failure);
        assertTrue(vertx.deploymentIDs().isEmpty(), "no HTTP loop stays deployed: " + vertx.deploymentIDs());
        assertFalse(accepts(httpPort), "nothing may still answer on the HTTP port " + httpPort + " after: " + failure);
        try (ServerSocket again = new ServerSocket(httpPort, 50, InetAddress.getLoopbackAddress())) {
          assertEquals(httpPort, again.getLocalPort(), "the HTTP port can be taken again, by a restarted node say");
        }
        return;
      }
    } finally {
      TestDatabases.drop(database);
    }
  }

  private static Throwable failedStart(Vertx vertx, DatabaseTarget database, int httpPort, int metricsPort) {
    ServerConfig config = ServerConfig.from(Map.of("CHORUS_HTTP_PORT", String.valueOf(httpPort),
        "CHORUS_METRICS_PORT", String.valueOf(metricsPort), "CHORUS_DEMO", "off", "CHORUS_HTTP_LOOPS", "2"));
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Future<ChorusNode> start = ChorusNode.start(vertx, config, database, Keys.hmacShaKeyFor(secret),
        Clock.systemUTC(), NodeMetrics.of(config.metrics()), () -> 1);
    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> start.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS));
    return failed.getCause();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
