package io.chorus.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api;
import io.chorus.server.support.ServerProcess;
import io.chorus.server.support.Sql;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quickstart on a machine without PostgreSQL: the node starts its own (zonky's binaries) and keeps
 * the data in a folder. PostgreSQL refuses to run as root, so each node here runs as a normal user
 * ({@link ServerProcess#asNewcomer()}: the test drops privileges itself when it runs as root, as CI does).
 * A PostgreSQL on 127.0.0.1:5432 is ignored: the locator is pointed at a port where nothing listens.
 */
@DisplayName("The embedded PostgreSQL: durable, stopped with the node, recovered after a hard kill")
class EmbeddedDatabaseTest {
  private static final Duration START = Duration.ofMinutes(3);
  private static final Pattern DATABASE = Pattern.compile("database: postgresql://postgres@127\\.0\\.0\\.1:(\\d+)/chorus");
  private static Path home;

  @BeforeAll
  static void folder() {
    home = ServerProcess.folderForNode("chorus-embedded-test");
  }

  @AfterAll
  static void cleanUp() {
    try (var dirs = Files.list(home)) {
      dirs.forEach(dir -> postmaster(dir).ifPresent(p -> {
        p.destroyForcibly();
        p.onExit().join();
      }));
    } catch (Exception ignored) {
      // the folder goes anyway
    }
    ServerProcess.deleteTree(home);
  }

  private static ServerProcess node(Path dataDir) {
    return ServerProcess.builder().asNewcomer()
        .env("CHORUS_HTTP_PORT", String.valueOf(ServerProcess.freePort()))
        .env("CHORUS_EMBEDDED_DATA_DIR", dataDir.toString())
        // Nothing listens on port 1: the locator finds no local PostgreSQL and takes the embedded path.
        .property(DatabaseLocator.LOCAL_URL_PROPERTY, "postgresql://postgres@127.0.0.1:1/chorus")
        .start();
  }

  /** The embedded database a running node printed in its banner. */
  private static DatabaseTarget database(ServerProcess node) {
    Matcher m = DATABASE.matcher(node.awaitLine(l -> DATABASE.matcher(l).find(), Duration.ofSeconds(1)));
    assertTrue(m.find());
    return new DatabaseTarget("127.0.0.1", Integer.parseInt(m.group(1)), "chorus", "postgres", null);
  }

  /** The live PostgreSQL that postmaster.pid names, if any. */
  private static Optional<ProcessHandle> postmaster(Path dataDir) {
    try {
      Path pid = dataDir.resolve("postmaster.pid");
      if (!Files.exists(pid)) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim())).filter(p -> !LeftoverPostgres.exited(p));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  @Test
  @DisplayName("It runs durable (fsync, synchronous_commit and full_page_writes on), and a SIGTERM stops it with the node within 2 s")
  void durableAndStoppedWithTheNode() throws Exception {
    Path data = home.resolve("durable");
    try (ServerProcess node = node(data)) {
      node.awaitRunning(START);
      try (Sql sql = new Sql(database(node))) {
        assertEquals("on", sql.text("SHOW fsync"));
        assertEquals("on", sql.text("SHOW synchronous_commit"));
        assertEquals("on", sql.text("SHOW full_page_writes"));
      }
      ProcessHandle postgres = postmaster(data).orElseThrow(() -> new AssertionError("no postmaster.pid in " + data));

      long signalled = System.nanoTime();
      node.terminate();
      node.awaitExit(Duration.ofSeconds(2));

      assertTrue(System.nanoTime() - signalled < 2_000_000_000L, "the node and its database stopped within 2 s");
      assertTrue(LeftoverPostgres.exited(postgres), "PostgreSQL stopped with the node");
      assertFalse(node.output().contains("Exception"), node.output());
    }
  }

  @Test
  @DisplayName("After a SIGKILL of the node, its PostgreSQL is left running; the next start takes it over and the acknowledged share is still there; a second node on the same folder is refused with one line")
  void recoversAfterHardKill() throws Exception {
    Path data = home.resolve("killed");
    long shared;
    ProcessHandle orphan;
    try (ServerProcess first = node(data)) {
      Api api = new Api(first.awaitRunning(START).replace("localhost", "127.0.0.1"));
      String janis = api.postJson("/api/auth/sign-in", null, new JsonObject().put("email", "janis@acme.example")
          .put("password", DemoCompany.PASSWORD).encode()).json().getString("token");
      shared = api.get("/api/suggestions?network=linkedin", janis).json().getJsonArray("suggestions")
          .getJsonObject(0).getLong("contentId");
      Api.Reply share = api.report(janis, Api.newKey(), new JsonObject().put("contentId", shared).put("network", "linkedin"));
      assertEquals(201, share.status(), share.text());

      first.kill();
      orphan = postmaster(data).orElseThrow(() -> new AssertionError("PostgreSQL did not outlive the killed node"));
    }

    try (ServerProcess second = node(data)) {
      second.awaitRunning(START);
      assertTrue(LeftoverPostgres.exited(orphan), "the PostgreSQL left running was stopped");
      assertTrue(second.output().contains("was left running on " + data), second.output());
      try (Sql sql = new Sql(database(second))) {
        assertEquals(1, sql.number("SELECT count(*) FROM share s JOIN employee e ON e.id = s.employee_id "
            + "WHERE e.email = 'janis@acme.example' AND s.content_id = ? AND s.network = 'linkedin'", shared));
      }
      ProcessHandle postgres = postmaster(data).orElseThrow();

      try (ServerProcess third = node(data)) {
        assertEquals(2, third.awaitExit(START), third.output());
        List<String> lines = third.output().lines().toList();
        String reason = lines.get(lines.indexOf("Chorus cannot start:") + 1);
        assertTrue(reason.startsWith("Another Chorus node is running on the embedded database in " + data
            + " (its PostgreSQL is process " + postgres.pid() + " on port "), reason);
        assertFalse(third.output().contains("Exception"), third.output());
      }
      assertFalse(LeftoverPostgres.exited(postgres), "the running node's database was left alone");

      second.terminate();
      second.awaitExit(Duration.ofSeconds(5));
      assertTrue(LeftoverPostgres.exited(postgres), "PostgreSQL stopped with the node");
    }
  }
}
