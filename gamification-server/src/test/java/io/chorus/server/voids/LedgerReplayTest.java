package io.chorus.server.voids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.ChorusNode;
import io.chorus.server.config.ServerConfig;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shares, kudos and voids of every kind through the API, then the ledger summed per person for a period
 * against the boards: the live ones (kept by events) and those of a second node that loads them afresh.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Replaying the ledger for a period gives exactly the totals the boards show")
class LedgerReplayTest {
  private static final String THIS_WEEK = "(date_trunc('week', now() AT TIME ZONE 'Europe/Riga')) AT TIME ZONE 'Europe/Riga'";
  private static final String THIS_MONTH = "(date_trunc('month', now() AT TIME ZONE 'Europe/Riga')) AT TIME ZONE 'Europe/Riga'";
  private static TestNode node;
  private static Vertx vertx;

  @BeforeAll
  static void start(Vertx v) {
    vertx = v;
    node = TestNode.start(v, "ledger_replay");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static JsonObject share(String person, String title, String network) {
    Reply r = node.api.report(node.signIn(person + "@acme.example"), Api.newKey(),
        new JsonObject().put("contentId", node.contentId(title)).put("network", network));
    assertEquals(201, r.status(), r.text());
    return r.json();
  }

  private static JsonObject kudos(String from, String to) {
    Reply r = node.api.postJson("/api/kudos", node.signIn(from + "@acme.example"), new JsonObject()
        .put("to", node.employeeId(to + "@acme.example")).put("value", "One team").put("message", "Thank you!")
        .encode(), "Idempotency-Key", Api.newKey());
    assertEquals(201, r.status(), r.text());
    return r.json();
  }

  private static void voided(String path) {
    Reply r = node.api.postJson(path, node.signIn("liga@acme.example"), "{\"reason\":\"Replay test\"}");
    assertEquals(200, r.status(), r.text());
    assertTrue(r.json().getLong("points") < 0, r.text());
  }

  /** What the ledger says: each person's sum of points written since {@code from}, for those above 0. */
  private static Map<Long, Long> ledgerTotals(String from) throws Exception {
    Map<Long, Long> totals = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(node.database.jdbcUrl(), node.database.user(),
            node.database.password());
        PreparedStatement st = c.prepareStatement("SELECT employee_id, sum(points) FROM ledger_entry "
            // Contest points (contest_id set) count on the contests' boards only.
            + "WHERE company_id = ? AND contest_id IS NULL AND created_at >= " + from
            + " GROUP BY employee_id HAVING sum(points) > 0")) {
      st.setLong(1, node.node.demo().companyId());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          totals.put(rs.getLong(1), rs.getLong(2));
        }
      }
    }
    return totals;
  }

  private static Map<Long, Long> boardTotals(Api api, String period) {
    Reply r = api.get("/api/leaderboard?limit=50&period=" + period, node.screenToken());
    assertEquals(200, r.status(), r.text());
    Map<Long, Long> totals = new TreeMap<>();
    JsonArray rows = r.json().getJsonArray("rows");
    for (int i = 0; i < rows.size(); i++) {
      totals.put(rows.getJsonObject(i).getLong("employeeId"), rows.getJsonObject(i).getLong("points"));
    }
    return totals;
  }

  @Test
  @DisplayName("After shares, kudos and voids: each person's ledger sum for all time, this month and this week equals the board, live and reloaded")
  void boardsEqualTheLedger() throws Exception {
    share("janis", "Acme opens its robotics lab in Riga", "linkedin");
    JsonObject voidedShare = share("janis", "We're hiring in Amsterdam and Milan", "x");
    JsonObject arifsShare = share("arif", "Our warehouse robot wins a Red Dot award", "linkedin");
    share("daan", "Acme opens its robotics lab in Riga", "x");
    kudos("sanne", "janis");
    JsonObject voidedKudos = kudos("marco", "arif");
    kudos("liga", "daan");
    kudos("janis", "giulia");
    long oldShare = node.sql.number("SELECT s.id FROM share s JOIN employee e ON e.id = s.employee_id JOIN content c "
        + "ON c.id = s.content_id WHERE e.email = 'sanne@acme.example' AND c.title = ? AND s.network = 'linkedin'",
        "Our warehouse robot wins a Red Dot award");

    voided("/api/shares/" + voidedShare.getLong("shareId") + "/void");
    // Sanne's share of three weeks ago: its reversal lands in this week, taking her week below her all time.
    voided("/api/shares/" + oldShare + "/void");
    voided("/api/ledger/" + node.sql.number("SELECT seq FROM ledger_entry WHERE kudos_id = ?",
        voidedKudos.getLong("id")) + "/void");
    voided("/api/ledger/" + node.sql.number("SELECT seq FROM ledger_entry WHERE share_id = ? AND kind = 'share'",
        arifsShare.getLong("shareId")) + "/void");

    Map<Long, Long> allTime = ledgerTotals("'-infinity'");
    Map<Long, Long> month = ledgerTotals(THIS_MONTH);
    Map<Long, Long> week = ledgerTotals(THIS_WEEK);
    assertEquals(allTime, boardTotals(node.api, "all"), "all time, live board");
    assertEquals(month, boardTotals(node.api, "month"), "this month, live board");
    assertEquals(week, boardTotals(node.api, "week"), "this week, live board");

    ServerConfig config = ServerConfig.from(Map.of("CHORUS_HTTP_PORT", "0", "CHORUS_DEMO", "on"));
    ChorusNode second = TestNode.await(ChorusNode.start(vertx, config, node.database, node.key, Clock.systemUTC()));
    try {
      Api secondApi = new Api("http://127.0.0.1:" + second.port());
      assertEquals(allTime, boardTotals(secondApi, "all"), "all time, board loaded from the ledger");
      assertEquals(month, boardTotals(secondApi, "month"), "this month, board loaded from the ledger");
      assertEquals(week, boardTotals(secondApi, "week"), "this week, board loaded from the ledger");
    } finally {
      TestNode.await(second.stop());
    }
  }
}
