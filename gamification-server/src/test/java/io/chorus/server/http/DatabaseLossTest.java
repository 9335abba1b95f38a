package io.chorus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.ResettingProxy;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL lost in the middle of a request: a backend terminated by an administrator, and a TCP
 * connection reset (through a proxy the test controls; the shared PostgreSQL is never restarted). Each
 * in-flight request answers 503 with Retry-After, writes nothing, and the same request succeeds once
 * the pool has reconnected.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A database lost mid-query answers 503 with Retry-After and changes nothing")
class DatabaseLossTest {

  /** A transaction that holds a table locked, so the node's next statement on it waits: a query in flight. */
  private static Connection lock(TestNode node, String table) throws SQLException {
    Connection c = DriverManager.getConnection(node.database.jdbcUrl(), node.database.user(), node.database.password());
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
    }
    return c;
  }

  private static long nodeQueriesWaiting(TestNode node) {
    return node.sql.number("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        + "AND application_name = 'chorus' AND wait_event_type = 'Lock'");
  }

  private static void assertUnavailable(Reply r) {
    assertEquals(503, r.status(), r.text());
    assertEquals("busy", r.errorCode());
    assertNotNull(r.json().getJsonObject("error").getString("message"));
    assertTrue(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()) >= 1);
  }

  private static JsonObject shareOf(long item) {
    return new JsonObject().put("contentId", item).put("network", "linkedin");
  }

  @Test
  @DisplayName("pg_terminate_backend while a share report waits mid-transaction: 503 busy with Retry-After, no "
      + "share, ledger entry or key written; the same report then succeeds once")
  void backendTerminatedMidQuery(Vertx vertx) throws Exception {
    try (TestNode node = TestNode.start(vertx, "db_terminated")) {
      Seed seed = new Seed(node);
      String token = node.signIn(seed.employee("Terminated Sharer"));
      long item = seed.item("Terminated item", Duration.ofDays(2));
      String key = Api.newKey();
      String before = node.sql.footprint();

      CompletableFuture<Reply> report;
      try (Connection locker = lock(node, "share")) {
        report = node.api.reportAsync(token, key, shareOf(item));
        assertTrue(Waits.until(() -> nodeQueriesWaiting(node) >= 1, Duration.ofSeconds(20)), "the report is in flight");
        long terminated = node.sql.number("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            + "WHERE datname = current_database() AND application_name = 'chorus'");
        assertTrue(terminated >= 1);
        locker.rollback();
      }

      assertUnavailable(report.get(30, TimeUnit.SECONDS));
      assertEquals(before, node.sql.footprint(), "nothing was written");
      Reply again = node.api.report(token, key, shareOf(item));
      assertEquals(201, again.status(), again.text());
      assertNotEquals(before, node.sql.footprint());
      assertEquals(1, node.sql.number("SELECT count(*) FROM share WHERE content_id = ?", item));
    }
  }

  @Test
  @DisplayName("Connections reset (TCP RST) under 30 requests in flight: each answer is 200 or 503 busy with "
      + "Retry-After, never 500; a share report in flight writes nothing and succeeds when retried")
  void connectionResetMidQuery(Vertx vertx) throws Exception {
    try (ResettingProxy proxy = new ResettingProxy()) {
      try (TestNode node = TestNode.start(vertx, "db_reset", Map.of(), proxy::route)) {
        Seed seed = new Seed(node);
        String sharer = node.signIn(seed.employee("Reset Sharer"));
        String reader = node.signIn(seed.employee("Reset Reader"));
        long item = seed.item("Reset item", Duration.ofDays(2));
        String key = Api.newKey();
        String before = node.sql.footprint();

        CompletableFuture<Reply> report;
        List<CompletableFuture<Reply>> reads = new java.util.ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(30);
        try (Connection locker = lock(node, "share")) {
          report = node.api.reportAsync(sharer, key, shareOf(item));
          assertTrue(Waits.until(() -> nodeQueriesWaiting(node) >= 1, Duration.ofSeconds(20)));
          for (int i = 0; i < 30; i++) {
            reads.add(CompletableFuture.supplyAsync(() -> node.api.get("/api/me", reader), readers));
          }
          assertTrue(proxy.resetAll() >= 1);
          locker.rollback();
        } finally {
          readers.shutdown();
        }

        assertUnavailable(report.get(30, TimeUnit.SECONDS));
        for (CompletableFuture<Reply> read : reads) {
          Reply r = read.get(30, TimeUnit.SECONDS);
          if (r.status() != 200) {
            assertUnavailable(r);
          }
        }
        assertEquals(before, node.sql.footprint(), "nothing was written");
        Reply again = node.api.report(sharer, key, shareOf(item));
        assertEquals(201, again.status(), again.text());
        assertEquals(1, node.sql.number("SELECT count(*) FROM share WHERE content_id = ?", item));
      }
    }
  }

  @Test
  @DisplayName("Every sign of an unreachable database is recognised, also when wrapped; other failures are not")
  void recognisesUnavailability() {
    List<Throwable> unavailable = List.of(
        new PgException("terminating connection due to administrator command", "FATAL", "57P01", null),
        new PgException("the database system is starting up", "FATAL", "57P03", null),
        new PgException("sorry, too many clients already", "FATAL", "53300", null),
        new PgException("canceling statement due to statement timeout", "ERROR", "57014", null),
        new PgException("connection failure", "FATAL", "08006", null),
        ClosedConnectionException.INSTANCE,
        new ConnectException("Connection refused"),
        new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 256"),
        new VertxException("Pool closed", true),
        new VertxException("Timeout", true),
        new VertxException("Timeout waiting for connection", true),
        new IOException("Connection reset by peer"),
        new java.nio.channels.ClosedChannelException(),
        new RuntimeException("wrapped", ClosedConnectionException.INSTANCE));
    for (Throwable t : unavailable) {
      assertTrue(ApiFailureHandler.isDatabaseUnavailable(t), t.toString());
    }
    List<Throwable> others = List.of(
        new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null),
        new PgException("syntax error", "ERROR", "42601", null),
        new IllegalStateException("a bug"),
        new VertxException("something else", true),
        new IOException("No space left on device"));
    for (Throwable t : others) {
      assertFalse(ApiFailureHandler.isDatabaseUnavailable(t), t.toString());
    }
  }
}
