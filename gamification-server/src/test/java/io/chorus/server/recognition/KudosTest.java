package io.chorus.server.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Parallel;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("POST /api/kudos recognises a colleague: points for the receiver, exactly once, badges at 10")
class KudosTest {
  private static TestNode node;
  private static Vertx vertx;
  private static long companyId;

  @BeforeAll
  static void start(Vertx v) throws Exception {
    vertx = v;
    node = TestNode.start(v, "kudos");
    companyId = node.node.demo().companyId();
    // A generous budget: this class is about what a kudos does, KudosBudgetTest about the budget.
    node.sql.update("INSERT INTO scoring_rules (company_id, linkedin_share, x_share, fresh_bonus, own_words_bonus, "
        + "click_points, kudos_points, kudos_per_week, daily_cap) VALUES (?, 10, 10, 5, 5, 1, 7, 100, 100)", companyId);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  static JsonObject kudos(long to, String value, String message) {
    return new JsonObject().put("to", to).put("value", value).put("message", message);
  }

  static Reply give(String token, String key, JsonObject body) {
    return node.api.postJson("/api/kudos", token, body.encode(), "Idempotency-Key", key);
  }

  private static long allTimePoints(long employeeId) {
    JsonArray rows = node.api.get("/api/leaderboard?period=all&limit=50", node.screenToken()).json().getJsonArray("rows");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.getJsonObject(i).getLong("employeeId") == employeeId) {
        return rows.getJsonObject(i).getLong("points");
      }
    }
    return 0;
  }

  @Test
  @DisplayName("A kudos answers 201 with who, what and when and the budget left; the receiver gains the company's kudos points at once")
  void kudosCreditsTheReceiver() {
    String janis = node.signIn("janis@acme.example");
    long marco = node.employeeId("marco@acme.example");
    long boardBefore = allTimePoints(marco);
    int leftBefore = node.api.get("/api/kudos/options", janis).json().getInteger("kudosLeft");

    Reply r = give(janis, Api.newKey(), kudos(marco, "Customers first", "  You saved the Milan launch.  "));

    assertEquals(201, r.status(), r.text());
    JsonObject body = r.json();
    assertEquals("Jānis Bērziņš", body.getString("fromName"));
    assertEquals("Marco Bianchi", body.getString("toName"));
    assertEquals("Customers first", body.getString("value"));
    assertEquals("You saved the Milan launch.", body.getString("message"), "the message is kept trimmed");
    assertTrue(Math.abs(System.currentTimeMillis() - body.getLong("at")) < 60_000);
    assertEquals(leftBefore - 1, body.getInteger("kudosLeft"));
    assertNull(r.headers().firstValue("Idempotent-Replayed").orElse(null));
    assertEquals(boardBefore + 7, allTimePoints(marco), "kudos points (7 in this company's rules) on the board at once");
    assertEquals(7, node.sql.number("SELECT points FROM ledger_entry WHERE kind = 'kudos' AND kudos_id = ?",
        body.getLong("id")));
    assertEquals(leftBefore - 1, node.api.get("/api/kudos/options", janis).json().getInteger("kudosLeft"));
  }

  @Test
  @DisplayName("The same key and kudos again replay the first answer (Idempotent-Replayed); one kudos, one ledger entry")
  void sameKeyReplays() {
    String daan = node.signIn("daan@acme.example");
    long arif = node.employeeId("arif@acme.example");
    String key = Api.newKey();
    JsonObject body = kudos(arif, "Build boldly", "The new gripper design is brilliant.");

    Reply first = give(daan, key, body);
    Reply second = give(daan, key, body);
    Reply third = give(daan, key, new JsonObject().put("message", body.getString("message"))
        .put("value", body.getString("value")).put("to", arif));

    assertEquals(201, first.status(), first.text());
    for (Reply again : List.of(second, third)) {
      assertEquals(201, again.status(), again.text());
      assertEquals(first.json(), again.json(), "the first answer, kudosLeft included");
      assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
    }
    assertEquals(1, node.sql.number("SELECT count(*) FROM kudos WHERE client_key = ?", key));
    assertEquals(1, node.sql.number("SELECT count(*) FROM ledger_entry WHERE kudos_id = ?", first.json().getLong("id")));
  }

  @Test
  @DisplayName("The same key with a different kudos is refused (422 idempotency_key_reused) and changes nothing")
  void sameKeyOtherKudosIsRefused() {
    String daan = node.signIn("daan@acme.example");
    long arif = node.employeeId("arif@acme.example");
    String key = Api.newKey();
    assertEquals(201, give(daan, key, kudos(arif, "One team", "Thanks for the help.")).status());
    long kudosBefore = node.sql.number("SELECT count(*) FROM kudos");
    long ledgerBefore = node.sql.number("SELECT count(*) FROM ledger_entry");

    Reply r = give(daan, key, kudos(arif, "One team", "Thanks for the help!!"));

    assertEquals(422, r.status(), r.text());
    assertEquals("idempotency_key_reused", r.errorCode());
    assertEquals(kudosBefore, node.sql.number("SELECT count(*) FROM kudos"));
    assertEquals(ledgerBefore, node.sql.number("SELECT count(*) FROM ledger_entry"));
  }

  @Test
  @DisplayName("Ten parallel retries of one kudos (one key) write one kudos; every answer is the same")
  void parallelRetriesCountOnce() throws Exception {
    String aisyah = node.signIn("aisyah@acme.example");
    long janis = node.employeeId("janis@acme.example");
    String key = Api.newKey();
    JsonObject body = kudos(janis, "Share what we learn", "Great brown-bag session on motion planning.");

    List<Reply> replies = Parallel.run(10, i -> give(aisyah, key, body));

    for (Reply r : replies) {
      assertEquals(201, r.status(), r.text());
      assertEquals(replies.get(0).json(), r.json());
    }
    assertEquals(1, node.sql.number("SELECT count(*) FROM kudos WHERE client_key = ?", key));
    assertEquals(1, node.sql.number("SELECT count(*) FROM ledger_entry WHERE kudos_id = ?",
        replies.get(0).json().getLong("id")));
  }

  @Test
  @DisplayName("The 10th kudos given earns the giver 'Cheerleader' and the 10th received earns the receiver 'Appreciated', once each")
  void tenthKudosEarnsBadges() {
    String liaison = node.signIn("liga@acme.example");
    long liga = node.employeeId("liga@acme.example");
    long giulia = node.employeeId("giulia@acme.example");
    long receivedBefore = node.sql.number("SELECT count(*) FROM kudos WHERE receiver_id = ?", giulia);
    assertTrue(receivedBefore < 10);

    for (int i = 1; i <= 11; i++) {
      Reply r = give(liaison, Api.newKey(), kudos(giulia, "One team", "Thank you, number " + i));
      assertEquals(201, r.status(), r.text());
      boolean giverHas = node.sql.number("SELECT count(*) FROM badge_award WHERE employee_id = ? AND badge = ?",
          liga, "kudos-given-10") == 1;
      assertEquals(i >= 10, giverHas, "giver's badge after kudos " + i);
      boolean receiverHas = node.sql.number("SELECT count(*) FROM badge_award WHERE employee_id = ? AND badge = ?",
          giulia, "kudos-received-10") == 1;
      assertEquals(receivedBefore + i >= 10, receiverHas, "receiver's badge after kudos " + i);
    }
    assertEquals(1, node.sql.number("SELECT count(*) FROM badge_award WHERE employee_id = ? AND badge = ?",
        liga, "kudos-given-10"));
  }

  @Test
  @DisplayName("A kudos is announced on the event bus for the screens, with both names, after it is stored")
  void kudosIsAnnounced() throws Exception {
    BlockingQueue<JsonObject> heard = new LinkedBlockingQueue<>();
    MessageConsumer<JsonObject> consumer = vertx.eventBus().consumer(LeaderboardIndex.KUDOS_GIVEN,
        msg -> heard.add(msg.body()));
    TestNode.await(consumer.completion());
    try {
      String sanne = node.signIn("sanne@acme.example");
      Reply r = give(sanne, Api.newKey(), kudos(node.employeeId("daan@acme.example"), "Build boldly",
          "Shipping the firmware a week early was bold."));
      assertEquals(201, r.status(), r.text());

      JsonObject event = null;
      for (JsonObject e = heard.poll(5, TimeUnit.SECONDS); e != null; e = heard.poll(5, TimeUnit.SECONDS)) {
        if (e.getJsonObject("kudos").getLong("id").equals(r.json().getLong("id"))) {
          event = e;
          break;
        }
      }
      assertNotNull(event, "the kudos was announced");
      assertEquals(companyId, event.getLong("companyId"));
      assertEquals("Sanne de Vries", event.getJsonObject("kudos").getString("fromName"));
      assertEquals("Daan Jansen", event.getJsonObject("kudos").getString("toName"));
      assertEquals(1, node.sql.number("SELECT count(*) FROM kudos WHERE id = ?", r.json().getLong("id")));
    } finally {
      TestNode.await(consumer.unregister());
    }
  }

  @Test
  @DisplayName("GET /api/kudos/options: active colleagues but me, by name; the company's values in order; kudos left")
  void optionsListColleaguesValuesAndBudget() throws Exception {
    long arif = node.employeeId("arif@acme.example");
    node.sql.update("INSERT INTO employee (company_id, email, display_name, role, password_hash, active) "
        + "VALUES (?, 'gone@acme.example', 'Aaron Gone', 'employee', 'x', false)", companyId);
    String token = node.signIn("arif@acme.example");

    JsonObject options = node.api.get("/api/kudos/options", token).json();

    List<String> names = new ArrayList<>();
    JsonArray colleagues = options.getJsonArray("colleagues");
    for (int i = 0; i < colleagues.size(); i++) {
      JsonObject c = colleagues.getJsonObject(i);
      assertFalse(c.getLong("employeeId") == arif, "not myself");
      names.add(c.getString("name"));
    }
    assertEquals(List.of("Daan Jansen", "Giulia Rossi", "Jānis Bērziņš", "Līga Ozola", "Marco Bianchi", "Nur Aisyah",
        "Sanne de Vries"), names, "the six other employees and the liaison, by name; not the inactive one");
    assertEquals("Amsterdam", colleagues.getJsonObject(0).getString("office"));
    assertEquals(List.of("Customers first", "Build boldly", "One team", "Share what we learn"),
        options.getJsonArray("values").getList());
    long givenThisWeek = node.sql.number("SELECT coalesce(sum(given), 0) FROM kudos_week WHERE giver_id = ? AND "
        + "week_start = (date_trunc('week', now() AT TIME ZONE 'Europe/Riga'))::date", arif);
    assertEquals(100 - givenThisWeek, (long) options.getInteger("kudosLeft"));
    assertEquals(403, node.api.get("/api/kudos/options", node.screenToken()).status(), "screens do not give kudos");
  }
}
