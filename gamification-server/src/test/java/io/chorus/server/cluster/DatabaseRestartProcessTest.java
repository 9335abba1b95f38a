package io.chorus.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Sql;
import io.chorus.server.support.processes.Conditions;
import io.chorus.server.support.processes.NodeProcess;
import io.chorus.server.support.processes.PostgresProcess;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A real node on a PostgreSQL of the test's own, stopped and started again while an extension-like
 * client keeps reporting shares (each with its idempotency key, retried with the same key until
 * acknowledged, as the extension's outbox does).
 */
@DisplayName("PostgreSQL restarted while shares arrive")
class DatabaseRestartProcessTest {
  private static final String[] PEOPLE = {"janis", "sanne", "daan", "giulia", "marco", "aisyah", "arif"};

  /** One share the client wants acknowledged: who, what, and the key it keeps until then. */
  private record Report(String token, long contentId, String network, String key) {
    JsonObject body() {
      return new JsonObject().put("contentId", contentId).put("network", network);
    }
  }

  @Test
  @DisplayName("While it is down the API answers 503 with Retry-After and the node is not ready; it recovers by itself; "
      + "every acknowledged share is there once, a retry with the same key counts once, the board equals the ledger")
  void restartUnderLoad() throws Exception {
    byte[] secret = new byte[48];
    new SecureRandom().nextBytes(secret);
    try (PostgresProcess pg = PostgresProcess.start()) {
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("CHORUS_DATABASE_URL", "postgresql://postgres@127.0.0.1:" + pg.port() + "/chorus");
      settings.put("CHORUS_JWT_SECRET", Base64.getEncoder().encodeToString(secret));
      settings.put("CHORUS_DEMO", "on");
      try (NodeProcess node = NodeProcess.start("node", settings, Path.of("target", "processes", "pg-restart"))
               .awaitReady(Duration.ofSeconds(90))) {
        Api api = new Api(node.url());
        List<Report> reports = reports(api);
        assertTrue(reports.size() >= 12, "enough to share: " + reports.size());

        Map<Report, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger refusedWithRetryAfter = new AtomicInteger();
        List<String> odd = new ArrayList<>();
        Thread client = new Thread(() -> {
          for (Report r : reports) {
            while (!acknowledged.containsKey(r)) {
              try {
                Api.Reply reply = api.report(r.token(), r.key(), r.body());
                if (reply.status() == 201 || reply.status() == 200) {
                  acknowledged.put(r, reply.json().getLong("shareId"));
                } else if (reply.status() == 503 && reply.headers().firstValue("Retry-After").isPresent()) {
                  refusedWithRetryAfter.incrementAndGet();
                  LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                } else {
                  odd.add(reply.status() + " " + reply.text());
                  LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                }
              } catch (RuntimeException unreachable) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
              }
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
          }
        }, "extension-like-client");
        client.start();

        Conditions.await(() -> acknowledged.size() >= 4, Duration.ofSeconds(30), "the first shares acknowledged");
        pg.stopServer();
        Conditions.await(() -> refusedWithRetryAfter.get() > 0, Duration.ofSeconds(20), "a 503 with Retry-After");
        Conditions.await(() -> api.get("/health/ready", null).status() == 503, Duration.ofSeconds(10),
            "not ready while the database is down");
        pg.startServer();

        client.join(Duration.ofSeconds(60).toMillis());
        assertEquals(reports.size(), acknowledged.size(), "every report acknowledged once the database is back");
        assertEquals(List.of(), odd, "nothing but 201, 200 (a replay) and 503 with Retry-After");
        Conditions.await(() -> api.get("/health/ready", null).status() == 200, Duration.ofSeconds(10), "ready again");
        try (Sql sql = new Sql(pg.target("chorus"))) {
          assertOnce(api, sql, reports, acknowledged);
        }
      }
    }
  }

  /** Each acknowledged share once, with its points once; the same keys again change nothing; boards follow. */
  private static void assertOnce(Api api, Sql sql, List<Report> reports, Map<Report, Long> acknowledged) {
    for (Map.Entry<Report, Long> a : acknowledged.entrySet()) {
      assertEquals(1, sql.number("SELECT count(*) FROM share WHERE id = ?", a.getValue()), "share " + a.getValue());
      assertEquals(1, sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ? AND kind = 'share'",
          a.getValue()), "its points once");
    }
    long shares = sql.number("SELECT count(*) FROM share");
    for (Report r : reports.subList(0, 3)) {
      Api.Reply again = api.report(r.token(), r.key(), r.body());
      assertEquals(acknowledged.get(r), again.json().getLong("shareId"), "the same key answers the same share");
    }
    assertEquals(shares, sql.number("SELECT count(*) FROM share"), "retries with the same key count once");

    Conditions.await(() -> boardIsLedger(api, reports.get(0).token(), sql), Duration.ofSeconds(10),
        "the board equals the ledger");
  }

  /** Everything the demo's employees could share now, each with a key of its own. */
  private static List<Report> reports(Api api) {
    List<Report> out = new ArrayList<>();
    for (String person : PEOPLE) {
      Api.Reply signIn = api.postJson("/api/auth/sign-in", null, new JsonObject()
          .put("email", person + "@acme.example").put("password", "chorus-demo").encode());
      assertEquals(200, signIn.status(), signIn.text());
      String token = signIn.json().getString("token");
      for (String network : new String[] {"linkedin", "x"}) {
        JsonArray offered = api.get("/api/suggestions?network=" + network, token).json().getJsonArray("suggestions");
        for (int i = 0; i < offered.size() && i < 1; i++) {
          out.add(new Report(token, offered.getJsonObject(i).getLong("contentId"), network, Api.newKey()));
        }
      }
    }
    return out;
  }

  private static boolean boardIsLedger(Api api, String token, Sql sql) {
    Api.Reply board = api.get("/api/leaderboard?period=all&limit=50", token);
    assertNotNull(board.json(), board.text());
    JsonArray rows = board.json().getJsonArray("rows");
    Map<Long, Long> shown = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      shown.put(rows.getJsonObject(i).getLong("employeeId"), rows.getJsonObject(i).getLong("points"));
    }
    for (Map.Entry<Long, Long> e : shown.entrySet()) {
      // Contest points (the demo's live contest) are on the contest's board, never the company's.
      if (sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ? AND contest_id IS NULL",
          e.getKey())
          != e.getValue()) {
        return false;
      }
    }
    return !shown.isEmpty();
  }
}
