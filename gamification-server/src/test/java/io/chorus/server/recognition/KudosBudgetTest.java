package io.chorus.server.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Parallel;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo company's rules are the defaults: 5 kudos a week per giver, 5 points each. */
@ExtendWith(VertxExtension.class)
@DisplayName("The weekly kudos budget is decided in the database: never passed, not even by parallel kudos")
class KudosBudgetTest {
  private static final String THIS_MONDAY = "(date_trunc('week', now() AT TIME ZONE 'Europe/Riga'))::date";
  private static TestNode node;
  private static long companyId;
  private static long sanne;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "kudos_budget");
    companyId = node.node.demo().companyId();
    sanne = node.employeeId("sanne@acme.example");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @AfterEach
  void defaultRules() throws SQLException {
    node.sql.update("DELETE FROM scoring_rules WHERE company_id = ?", companyId);
  }

  private static Reply give(String token, int n) {
    return node.api.postJson("/api/kudos", token, new JsonObject().put("to", sanne).put("value", "Build boldly")
        .put("message", "Thank you (" + n + ")").encode(), "Idempotency-Key", Api.newKey());
  }

  private static String footprint(long giver) {
    return "kudos=" + node.sql.number("SELECT count(*) FROM kudos WHERE giver_id = ?", giver)
        + " ledger=" + node.sql.number("SELECT count(*) FROM ledger_entry")
        + " sanne=" + node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ?", sanne)
        + " week=" + node.sql.number("SELECT coalesce(sum(given), 0) FROM kudos_week WHERE giver_id = ?", giver);
  }

  private static long givenThisWeek(long giver) {
    return node.sql.number("SELECT coalesce(sum(given), 0) FROM kudos_week WHERE giver_id = ? AND week_start = "
        + THIS_MONDAY, giver);
  }

  @Test
  @DisplayName("Five kudos count the budget down to 0; the sixth is 429 kudos_budget_spent and changes nothing")
  void sixthKudosIsRefused() {
    String janis = node.signIn("janis@acme.example");
    long janisId = node.employeeId("janis@acme.example");
    long sanneBefore = node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ?", sanne);

    for (int i = 1; i <= 5; i++) {
      Reply r = give(janis, i);
      assertEquals(201, r.status(), r.text());
      assertEquals(5 - i, r.json().getInteger("kudosLeft"));
    }
    assertEquals(sanneBefore + 25, node.sql.number("SELECT sum(points) FROM ledger_entry WHERE employee_id = ?", sanne),
        "5 kudos of 5 points");
    String before = footprint(janisId);

    Reply sixth = give(janis, 6);

    assertEquals(429, sixth.status(), sixth.text());
    assertEquals("kudos_budget_spent", sixth.errorCode());
    assertEquals(before, footprint(janisId), "nothing was written");
    assertEquals(0, node.api.get("/api/kudos/options", janis).json().getInteger("kudosLeft"));
  }

  @Test
  @DisplayName("Twenty parallel kudos from one giver with a budget of 5: exactly 5 are given, 15 refused with 429")
  void parallelKudosNeverPassTheBudget() throws Exception {
    String daan = node.signIn("daan@acme.example");
    long daanId = node.employeeId("daan@acme.example");
    long ledgerBefore = node.sql.number("SELECT count(*) FROM ledger_entry");

    List<Reply> replies = Parallel.run(20, i -> give(daan, i));

    assertEquals(5, replies.stream().filter(r -> r.status() == 201).count(), "given");
    assertEquals(15, replies.stream().filter(r -> r.status() == 429 && "kudos_budget_spent".equals(r.errorCode()))
        .count(), "refused");
    assertEquals(5, node.sql.number("SELECT count(*) FROM kudos WHERE giver_id = ?", daanId));
    assertEquals(5, givenThisWeek(daanId));
    assertEquals(ledgerBefore + 5, node.sql.number("SELECT count(*) FROM ledger_entry"));
  }

  @Test
  @DisplayName("The budget is per ISO week in the company's zone: last week's spent budget leaves this week's whole")
  void budgetResetsOnMonday() throws Exception {
    long marcoId = node.employeeId("marco@acme.example");
    node.sql.update("INSERT INTO kudos_week (giver_id, week_start, given) VALUES (?, " + THIS_MONDAY
        + " - 7, 5)", marcoId);
    String marco = node.signIn("marco@acme.example");

    assertEquals(5, node.api.get("/api/kudos/options", marco).json().getInteger("kudosLeft"), "a fresh week");
    Reply r = give(marco, 1);

    assertEquals(201, r.status(), r.text());
    assertEquals(4, r.json().getInteger("kudosLeft"));
    assertEquals(1, givenThisWeek(marcoId));
    assertEquals(5, node.sql.number("SELECT given FROM kudos_week WHERE giver_id = ? AND week_start = " + THIS_MONDAY
        + " - 7", marcoId), "last week's row is left as it was");
  }

  @Test
  @DisplayName("With the budget set to 0 even the week's first kudos is refused (429), and no budget row is written")
  void zeroBudgetRefusesTheFirstKudos() throws Exception {
    node.sql.update("INSERT INTO scoring_rules (company_id, linkedin_share, x_share, fresh_bonus, own_words_bonus, "
        + "click_points, kudos_points, kudos_per_week, daily_cap) VALUES (?, 10, 10, 5, 5, 1, 5, 0, 100)", companyId);
    String arif = node.signIn("arif@acme.example");
    long arifId = node.employeeId("arif@acme.example");
    String before = footprint(arifId);

    Reply r = give(arif, 1);

    assertEquals(429, r.status(), r.text());
    assertEquals("kudos_budget_spent", r.errorCode());
    assertEquals(before, footprint(arifId));
    assertEquals(0, node.sql.number("SELECT count(*) FROM kudos_week WHERE giver_id = ? AND week_start = "
        + THIS_MONDAY, arifId));
    assertEquals(0, node.api.get("/api/kudos/options", arif).json().getInteger("kudosLeft"));
  }
}
