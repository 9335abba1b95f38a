package io.chorus.server.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
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
@DisplayName("POST /api/badges/spotlight: a liaison's spotlight badge, once per person, only in their company")
class SpotlightTest {
  private static TestNode node;
  private static Vertx vertx;
  private static String liaison;

  @BeforeAll
  static void start(Vertx v) {
    vertx = v;
    node = TestNode.start(v, "spotlight");
    liaison = node.signIn("liga@acme.example");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static Reply spotlight(String token, long employeeId, String note) {
    return node.api.postJson("/api/badges/spotlight", token,
        new JsonObject().put("employeeId", employeeId).put("note", note).encode());
  }

  private static long spotlights() {
    return node.sql.number("SELECT count(*) FROM badge_award WHERE badge = 'spotlight'");
  }

  @Test
  @DisplayName("The liaison's spotlight is stored with who gave it and the note, announced to the screens, and 409 the second time")
  void spotlightOnce() throws Exception {
    long giulia = node.employeeId("giulia@acme.example");
    BlockingQueue<JsonObject> heard = new LinkedBlockingQueue<>();
    MessageConsumer<JsonObject> consumer = vertx.eventBus().consumer(LeaderboardIndex.BADGE_AWARDED,
        msg -> heard.add(msg.body()));
    TestNode.await(consumer.completion());
    try {
      Reply r = spotlight(liaison, giulia, "For the Red Dot campaign");

      assertEquals(201, r.status(), r.text());
      assertEquals("spotlight", r.json().getString("badgeId"));
      assertEquals("Giulia Rossi", r.json().getString("employeeName"));
      assertEquals("For the Red Dot campaign", node.sql.text("SELECT note FROM badge_award WHERE employee_id = ? "
          + "AND badge = 'spotlight' AND awarded_by = ?", giulia, node.employeeId("liga@acme.example")));
      JsonObject event = null;
      for (JsonObject e = heard.poll(5, TimeUnit.SECONDS); e != null; e = heard.poll(5, TimeUnit.SECONDS)) {
        if ("spotlight".equals(e.getJsonObject("badge").getString("badgeId"))) {
          event = e;
          break;
        }
      }
      assertNotNull(event, "the award was announced");
      assertEquals(giulia, event.getJsonObject("badge").getLong("employeeId"));
    } finally {
      TestNode.await(consumer.unregister());
    }
    long before = spotlights();

    Reply again = spotlight(liaison, giulia, "Again");

    assertEquals(409, again.status(), again.text());
    assertEquals("already_awarded", again.errorCode());
    assertEquals(before, spotlights());
  }

  @Test
  @DisplayName("Refused with nothing stored: an employee or a screen (403), another company's or an unknown person (404), no note (400)")
  void refusals() throws Exception {
    long marco = node.employeeId("marco@acme.example");
    long globex = node.sql.number("INSERT INTO company (slug, name) VALUES ('globex', 'Globex') RETURNING id");
    long hank = node.sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, 'hank@globex.example', 'Hank Scorpio', 'employee', 'x') RETURNING id", globex);
    String employee = node.signIn("daan@acme.example");
    long before = spotlights();

    record Case(Reply reply, int status, String code) {}
    for (Case c : List.of(
        new Case(spotlight(employee, marco, "Self-appointed"), 403, "forbidden"),
        new Case(spotlight(node.screenToken(), marco, "From the lobby"), 403, "forbidden"),
        new Case(spotlight(liaison, hank, "Poaching"), 404, "unknown_colleague"),
        new Case(spotlight(liaison, 999_999, "Nobody"), 404, "unknown_colleague"),
        new Case(spotlight(liaison, marco, "  "), 400, "invalid_field"))) {
      assertEquals(c.status(), c.reply().status(), c.reply().text());
      assertEquals(c.code(), c.reply().errorCode());
    }
    assertEquals(before, spotlights());
  }
}
