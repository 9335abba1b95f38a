package io.chorus.server.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.ChorusNode;
import io.chorus.server.cluster.NodeVertx;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.support.Api;
import io.chorus.server.support.Shares;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.chorus.shared.wire.Role;
import io.jsonwebtoken.security.Keys;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Operations: liveness and readiness apart, Prometheus metrics on their own listener")
class HealthAndMetricsTest {
  private static DatabaseTarget database;
  private static Vertx vertx;
  private static ChorusNode node;
  private static Api api;
  private static Api metrics;
  private static Sql sql;
  private static SecretKey key;

  @BeforeAll
  static void start() {
    database = TestDatabases.fresh("ops");
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = Keys.hmacShaKeyFor(secret);
    ServerConfig config = ServerConfig.from(Map.of("CHORUS_HTTP_PORT", "0", "CHORUS_DEMO", "on",
        "CHORUS_METRICS_PORT", "0", "CHORUS_HTTP_LOOPS", "2"));
    NodeMetrics nodeMetrics = NodeMetrics.of(config.metrics());
    NodeVertx nodeVertx = TestNode.await(NodeVertx.start(config, nodeMetrics));
    vertx = nodeVertx.vertx();
    node = TestNode.await(ChorusNode.start(vertx, config, database, key, Clock.systemUTC(), nodeMetrics,
        nodeVertx::members));
    api = new Api("http://127.0.0.1:" + node.port());
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

  @Test
  @DisplayName("/health/live and /health/ready answer 200; /health is readiness, as before; the index is not behind")
  void liveAndReady() {
    Api.Reply live = api.get("/health/live", null);
    Api.Reply ready = api.get("/health/ready", null);
    Api.Reply legacy = api.get("/health", null);

    assertEquals(200, live.status(), live.text());
    assertEquals("live", live.json().getString("status"));
    assertEquals(200, ready.status(), ready.text());
    assertEquals("ready", ready.json().getString("status"));
    assertEquals(0L, ready.json().getLong("indexLag"));
    assertEquals(ready.json().getString("status"), legacy.json().getString("status"));
  }

  @Test
  @DisplayName("A ledger entry no event announced is read from PostgreSQL within seconds: the board counts it, the lag is 0 again")
  void ledgerEntryTheIndexNeverHeardIsCaughtUp() throws Exception {
    long employee = sql.number("SELECT max(id) FROM employee WHERE role = 'employee'");
    long company = sql.number("SELECT company_id FROM employee WHERE id = ?", employee);
    String token = node.services().tokens().forEmployee(employee, company, Role.EMPLOYEE).token();
    long before = allTimePoints(token, employee);
    // Written straight into the ledger, with no event: as if the bus had lost it.
    sql.update("INSERT INTO ledger_entry (company_id, employee_id, kind, points) VALUES (?, ?, 'fresh_bonus', 7)",
        company, employee);

    assertTrue(Waits.until(() -> allTimePoints(token, employee) == before + 7, Duration.ofSeconds(5)),
        "the board counts the entry nobody announced");
    Api.Reply ready = api.get("/health/ready", null);
    assertEquals(200, ready.status(), ready.text());
    assertEquals(0L, ready.json().getLong("indexLag"));
    assertEquals(sql.number("SELECT max(seq) FROM ledger_entry"), (long) value(metrics.get("/metrics", null).text(),
        "chorus_index_applied_seq"), "the index has applied up to the ledger's head");
  }

  private static long allTimePoints(String token, long employeeId) {
    JsonArray rows = api.get("/api/leaderboard?period=all&limit=50", token).json().getJsonArray("rows");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.getJsonObject(i).getLong("employeeId") == employeeId) {
        return rows.getJsonObject(i).getLong("points");
      }
    }
    return 0;
  }

  @Test
  @DisplayName("With 2 HTTP loops, chorus_screens_connected_streams counts the streams open on both: 6 open, 6 counted; closed, 0")
  void connectedStreamsGaugeCountsEveryLoop() throws Exception {
    long employee = sql.number("SELECT min(id) FROM employee WHERE role = 'employee'");
    long company = sql.number("SELECT company_id FROM employee WHERE id = ?", employee);
    String token = node.services().tokens().forEmployee(employee, company, Role.EMPLOYEE).token();
    List<SseClient> streams = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        SseClient s = new SseClient("http://127.0.0.1:" + node.port() + "/api/leaderboard/stream", token);
        streams.add(s);
        assertNotNull(s.await(e -> e.type().equals("board"), 5, TimeUnit.SECONDS));
      }
      assertTrue(Waits.until(() -> value(metrics.get("/metrics", null).text(), "chorus_screens_connected_streams") == 6.0,
          Duration.ofSeconds(5)), metrics.get("/metrics", null).text());
      assertTrue(node.connectedScreensPerLoop().values().stream().filter(n -> n > 0).count() >= 2,
          "served by both loops: " + node.connectedScreensPerLoop());
    } finally {
      streams.forEach(SseClient::close);
    }
    assertTrue(Waits.until(() -> value(metrics.get("/metrics", null).text(), "chorus_screens_connected_streams") == 0.0,
        Duration.ofSeconds(5)), "closed streams are not counted");
  }

  @Test
  @DisplayName("/metrics speaks Prometheus: HTTP, the PostgreSQL pool, the event bus, screens, shares, index lag")
  void metricsInPrometheusFormat() throws Exception {
    long employee = sql.number("SELECT min(id) FROM employee WHERE role = 'employee'");
    long company = sql.number("SELECT company_id FROM employee WHERE id = ?", employee);
    String token = node.services().tokens().forEmployee(employee, company, Role.EMPLOYEE).token();
    try (SseClient screen = new SseClient("http://127.0.0.1:" + node.port() + "/api/leaderboard/stream?period=week", token)) {
      assertNotNull(screen.await(e -> e.type().equals("board"), 5, TimeUnit.SECONDS));
      Api.Reply share = Shares.shareSomething(api, token);
      assertEquals(201, share.status(), share.text());
      assertNotNull(screen.await(e -> e.type().equals("share"), 5, TimeUnit.SECONDS));

      String text = metrics.get("/metrics", null).text();

      assertEquals(1.0, value(text, "chorus_screens_connected_streams"), text);
      assertEquals(1.0, value(text, "chorus_shares_accepted_total"), text);
      assertEquals(0.0, value(text, "chorus_index_lag_entries"), text);
      assertEquals(1.0, value(text, "chorus_cluster_members_nodes"), text);
      assertTrue(text.contains("vertx_http_server_requests_total{"), "HTTP requests");
      assertTrue(Pattern.compile("route=\"[^\"]*/api/shares\"").matcher(text).find(), "by route, not by path");
      assertTrue(text.contains("pool_name=\"chorus-db\""), "the PostgreSQL pool");
      // A node alone publishes no ledger entries (nobody else would hear them); the board's change it announces.
      assertTrue(text.contains("vertx_eventbus_published_total{address=\"chorus.leaderboard.changed\""), "the event bus");
    }
  }

  @Test
  @DisplayName("The public port has no /metrics: they are served only on the metrics listener")
  void noMetricsOnThePublicPort() {
    assertEquals(404, api.get("/metrics", null).status());
    assertEquals(200, metrics.get("/health/ready", null).status());
  }

  /** The value of an unlabelled series (or the first series of that name). */
  private static double value(String text, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(text);
    if (!m.find()) {
      throw new AssertionError("No " + name + " in the metrics");
    }
    return Double.parseDouble(m.group(2));
  }
}
