package io.chorus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api;
import io.chorus.server.support.RawHttp;
import io.chorus.server.support.ServerProcess;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server as a newcomer runs it: its own JVM started by {@code Main}, settings in the environment,
 * stopped by a signal. What is asserted is what the person at the terminal sees (the lines printed,
 * the exit code, how long the stop takes) and what a screen and a client see while it stops.
 */
@DisplayName("A node in its own process: stopping, and settings that cannot work")
class NodeProcessTest {
  private static final Duration START = Duration.ofSeconds(90);
  private static DatabaseTarget database;

  @BeforeAll
  static void database() {
    database = TestDatabases.fresh("node_process");
  }

  @AfterAll
  static void drop() {
    TestDatabases.drop(database);
  }

  /** The CHORUS_DATABASE_URL of a test database. */
  static String url(DatabaseTarget t) {
    String password = t.password() == null ? "" : ":" + java.net.URLEncoder.encode(t.password(), java.nio.charset.StandardCharsets.UTF_8);
    return "postgresql://" + t.user() + password + "@" + t.host() + ":" + t.port() + "/" + t.database();
  }

  @Test
  @DisplayName("SIGTERM: the node exits within 2 s with no exception printed; an open screen stream ends with a retry hint; a share whose body was still arriving is answered 201 and kept")
  void gracefulStop() throws Exception {
    int port = ServerProcess.freePort();
    try (ServerProcess node = ServerProcess.builder()
        .env("CHORUS_HTTP_PORT", String.valueOf(port))
        .env("CHORUS_DATABASE_URL", url(database))
        .env("CHORUS_DEMO", "on")
        .start()) {
      node.awaitRunning(START);
      String screenLine = node.awaitLine(l -> l.contains("/screen#t="), Duration.ofSeconds(1));
      String screenToken = screenLine.substring(screenLine.indexOf("#t=") + 3).trim();
      Api api = new Api("http://127.0.0.1:" + port);
      // The banner also links the demo's live contest on that screen, and the link's id is that contest.
      String contestLine = node.awaitLine(l -> l.contains("/screen?contest="), Duration.ofSeconds(1));
      String contestId = contestLine.substring(contestLine.indexOf("?contest=") + 9, contestLine.indexOf("#t="));
      Api.Reply contest = api.get("/api/contests/" + contestId, screenToken);
      assertEquals(200, contest.status(), contest.text());
      assertEquals("live", contest.json().getString("status"));
      assertTrue(contest.json().getString("hashtag").toLowerCase().contains("worksomewhereyoulove"), contest.text());
      JsonObject signIn = api.postJson("/api/auth/sign-in", null, new JsonObject()
          .put("email", "janis@acme.example").put("password", DemoCompany.PASSWORD).encode()).json();
      String token = signIn.getString("token");
      long contentId = api.get("/api/suggestions?network=linkedin", token).json()
          .getJsonArray("suggestions").getJsonObject(0).getLong("contentId");

      // A screen, live.
      RawHttp screen = new RawHttp("127.0.0.1", port).send("GET /api/leaderboard/stream HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nAuthorization: Bearer " + screenToken + "\r\nAccept: text/event-stream\r\n\r\n");
      screen.readUntil(t -> t.contains("event: board"), Duration.ofSeconds(20));
      assertTrue(screen.received().contains("event: board"), screen.received());

      // A share whose headers have arrived (the server said 100 Continue) and whose body has not.
      String body = new JsonObject().put("contentId", contentId).put("network", "linkedin").encode();
      RawHttp share = new RawHttp("127.0.0.1", port).send("POST /api/shares HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
          + "Idempotency-Key: " + UUID.randomUUID() + "\r\nContent-Length: " + body.length() + "\r\n"
          + "Expect: 100-continue\r\n\r\n");
      share.readUntil(t -> t.contains("100 Continue"), Duration.ofSeconds(10));
      assertTrue(share.received().startsWith("HTTP/1.1 100 Continue"), share.received());

      long signalled = System.nanoTime();
      node.terminate();

      String stream = screen.readToEnd(Duration.ofSeconds(2));
      assertTrue(screen.closedByServer(), "the stream ended: " + stream);
      assertTrue(stream.substring(stream.lastIndexOf("event: board")).contains("retry: "),
          "its last words are a retry hint: " + stream);
      String answer = share.send(body).readToEnd(Duration.ofSeconds(2));
      assertTrue(answer.contains("HTTP/1.1 201"), "the share in flight was answered: " + answer);

      node.awaitExit(Duration.ofSeconds(2).minusNanos(System.nanoTime() - signalled));
      long tookMs = (System.nanoTime() - signalled) / 1_000_000;
      assertTrue(tookMs < 2_000, "stopped in " + tookMs + " ms");
      assertFalse(node.output().contains("Exception"), node.output());
      assertTrue(node.output().contains("Chorus stopped in"), node.output());
      try (Sql sql = new Sql(database)) {
        assertEquals(1, sql.number("SELECT count(*) FROM share s JOIN employee e ON e.id = s.employee_id "
            + "WHERE e.email = 'janis@acme.example' AND s.content_id = ? AND s.network = 'linkedin'", contentId));
      }
      screen.close();
      share.close();
    }
  }

  @Test
  @DisplayName("A port already in use stops the start with one line naming the port and CHORUS_HTTP_PORT, exit code 2, no stack trace")
  void busyPort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      try (ServerProcess node = ServerProcess.builder()
          .env("CHORUS_HTTP_PORT", String.valueOf(port))
          .env("CHORUS_DATABASE_URL", url(database))
          .env("CHORUS_DEMO", "off")
          .start()) {
        assertEquals(2, node.awaitExit(START), node.output());
        List<String> lines = node.output().lines().toList();
        int at = lines.indexOf("Chorus cannot start:");
        assertTrue(at >= 0, node.output());
        assertEquals("Port " + port + " on 127.0.0.1 is already in use: stop what listens there, or set "
            + "CHORUS_HTTP_PORT to a free port.", lines.get(at + 1));
        assertNoStackTrace(node.output());
      }
    }
  }

  @Test
  @DisplayName("CHORUS_DATABASE_URL naming a database that does not exist, for a user who may not create it: one line saying who must run CREATE DATABASE, exit code 2")
  void missingDatabaseTheUserMayNotCreate() throws Exception {
    String role = "chorus_nocreate_" + UUID.randomUUID().toString().substring(0, 8);
    String missing = "chorus_missing_" + UUID.randomUUID().toString().substring(0, 8);
    DatabaseTarget admin = database.withDatabase("postgres");
    try (Sql sql = new Sql(admin)) {
      sql.update("CREATE ROLE " + role + " LOGIN PASSWORD 'pw-for-tests' NOCREATEDB");
      try (ServerProcess node = ServerProcess.builder()
          .env("CHORUS_HTTP_PORT", "0")
          .env("CHORUS_DATABASE_URL", url(new DatabaseTarget(database.host(), database.port(), missing, role, "pw-for-tests")))
          .start()) {
        assertEquals(2, node.awaitExit(START), node.output());
        List<String> lines = node.output().lines().toList();
        int at = lines.indexOf("Chorus cannot start:");
        assertTrue(at >= 0, node.output());
        assertEquals("The database \"" + missing + "\" named in CHORUS_DATABASE_URL does not exist on "
            + database.host() + ":" + database.port() + " and user " + role + " may not create databases: as a "
            + "superuser, run CREATE DATABASE \"" + missing + "\" OWNER \"" + role + "\"; (or grant CREATEDB to "
            + role + ")", lines.get(at + 1));
        assertNoStackTrace(node.output());
        assertFalse(node.output().contains("pw-for-tests"), "the password is never printed");
      } finally {
        sql.update("DROP ROLE " + role);
      }
      assertEquals(0, sql.number("SELECT count(*) FROM pg_database WHERE datname = ?", missing));
    }
  }

  static void assertNoStackTrace(String output) {
    assertFalse(output.contains("Exception"), output);
    assertFalse(output.lines().anyMatch(l -> l.startsWith("\tat ")), output);
  }
}
