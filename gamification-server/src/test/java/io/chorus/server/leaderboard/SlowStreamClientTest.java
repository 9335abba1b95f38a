package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.ChorusNode;
import io.chorus.server.cluster.NodeVertx;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.ops.NodeMetrics;
import io.chorus.server.support.Api;
import io.chorus.server.support.Sql;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestDatabases;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.jsonwebtoken.security.Keys;
import io.vertx.core.Vertx;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A screen whose reader stops reading (a frozen TV, a dead network that still holds the connection)
 * while the feed keeps coming: the node stops writing to it once its queue is full, and drops it,
 * while a screen that reads gets everything.
 */
@DisplayName("A stream client that cannot keep up")
class SlowStreamClientTest {
  private static final int KUDOS = 900;
  private static DatabaseTarget database;
  private static Vertx vertx;
  private static ChorusNode node;
  private static Sql sql;
  private static Api metrics;

  /** A node with its metrics on, which count its open streams. */
  @BeforeAll
  static void start() {
    database = TestDatabases.fresh("slow_client");
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    ServerConfig config = ServerConfig.from(Map.of("CHORUS_HTTP_PORT", "0", "CHORUS_DEMO", "on",
        "CHORUS_METRICS_PORT", "0"));
    NodeMetrics nodeMetrics = NodeMetrics.of(config.metrics());
    NodeVertx nodeVertx = TestNode.await(NodeVertx.start(config, nodeMetrics));
    vertx = nodeVertx.vertx();
    node = TestNode.await(ChorusNode.start(vertx, config, database, Keys.hmacShaKeyFor(secret), Clock.systemUTC(),
        nodeMetrics, nodeVertx::members));
    metrics = new Api("http://127.0.0.1:" + node.metricsPort());
    sql = new Sql(database);
  }

  @AfterAll
  static void stop() {
    sql.close();
    TestNode.await(node.stop());
    TestNode.await(vertx.close());
    TestDatabases.drop(database);
  }

  private static double connected() {
    Matcher m = Pattern.compile("(?m)^chorus_screens_connected_streams(\\{[^}]*})? ([0-9.eE+-]+)$")
        .matcher(metrics.get("/metrics", null).text());
    return m.find() ? Double.parseDouble(m.group(2)) : -1;
  }

  @Test
  @DisplayName("A stream nobody reads is dropped once its queue has stayed full for the limit; a screen that reads gets every item")
  void clientThatStopsReadingIsDropped() throws Exception {
    String screen = node.services().tokens().forScreen(node.demo().screenId().toString(), node.demo().companyId())
        .token();
    String url = "http://127.0.0.1:" + node.port() + "/api/leaderboard/stream?period=all";
    try (Socket frozen = new Socket(); SseClient reading = new SseClient(url, screen)) {
      frozen.setReceiveBufferSize(2048);
      frozen.connect(new InetSocketAddress("127.0.0.1", node.port()));
      OutputStream out = frozen.getOutputStream();
      out.write(("GET /api/leaderboard/stream?period=all HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + screen
          + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = frozen.getInputStream();
      assertTrue(new String(in.readNBytes(12), StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200"));
      assertNotNull(reading.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS));
      assertTrue(Waits.until(() -> connected() == 2, Duration.ofSeconds(5)), "both streams open");

      // A burst of long kudos, written straight into the ledger's sequence: the node reads them and feeds them on.
      long company = sql.number("SELECT company_id FROM employee WHERE email = 'janis@acme.example'");
      long giver = sql.number("SELECT id FROM employee WHERE email = 'janis@acme.example'");
      long receiver = sql.number("SELECT id FROM employee WHERE email = 'sanne@acme.example'");
      String value = sql.text("SELECT name FROM company_value WHERE company_id = ? ORDER BY name LIMIT 1", company);
      sql.update("INSERT INTO kudos (company_id, giver_id, receiver_id, value, message, client_key) "
          + "SELECT ?, ?, ?, ?, repeat('Thank you for the demo. ', 11), 'burst-' || g FROM generate_series(1, ?) g",
          company, giver, receiver, value, KUDOS);
      long last = sql.number("SELECT max(seq) FROM kudos");

      assertNotNull(reading.await(e -> e.type().equals("kudos") && e.id().equals(String.valueOf(last)), 15,
          TimeUnit.SECONDS), "the screen that reads gets the last of them");
      assertTrue(Waits.until(() -> connected() == 1,
          Duration.ofMillis(LeaderboardStream.DROP_BLOCKED_AFTER_MS + 10_000)), "the frozen one is dropped");
      assertEquals(1.0, connected(), "the reading screen stays");
    }
  }
}
