package io.chorus.server.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(VertxExtension.class)
@DisplayName("A bad kudos gets a clear 4xx JSON error and changes nothing")
class KudosRefusalsTest {
  private static TestNode node;
  private static String sanne;
  private static long sanneId;
  private static long giulia;
  private static long otherCompanysEmployee;
  private static long formerColleague;

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    node = TestNode.start(vertx, "kudos_refusals");
    sanne = node.signIn("sanne@acme.example");
    sanneId = node.employeeId("sanne@acme.example");
    giulia = node.employeeId("giulia@acme.example");
    long globex = node.sql.number("INSERT INTO company (slug, name) VALUES ('globex', 'Globex') RETURNING id");
    node.sql.update("INSERT INTO company_value (company_id, name) VALUES (?, 'Synergy')", globex);
    otherCompanysEmployee = node.sql.number("INSERT INTO employee (company_id, email, display_name, role, "
        + "password_hash) VALUES (?, 'hank@globex.example', 'Hank Scorpio', 'employee', 'x') RETURNING id", globex);
    formerColleague = node.sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash, "
        + "active) VALUES (?, 'left@acme.example', 'Lef Tearly', 'employee', 'x', false) RETURNING id",
        node.node.demo().companyId());
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static JsonObject good() {
    return new JsonObject().put("to", giulia).put("value", "One team").put("message", "Thanks for the help!");
  }

  private static Reply give(String token, JsonObject body) {
    return node.api.postJson("/api/kudos", token, body.encode(), "Idempotency-Key", Api.newKey());
  }

  /** Everything a kudos writes: kudos, ledger entries and points, the week's budget rows, kudos badges. */
  private static String footprint() {
    return "kudos=" + node.sql.number("SELECT count(*) FROM kudos")
        + " ledger=" + node.sql.number("SELECT count(*) FROM ledger_entry")
        + " points=" + node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry")
        + " budget=" + node.sql.number("SELECT coalesce(sum(given), 0) FROM kudos_week")
        + " weeks=" + node.sql.number("SELECT count(*) FROM kudos_week")
        + " badges=" + node.sql.number("SELECT count(*) FROM badge_award WHERE badge LIKE 'kudos-%'");
  }

  private static Arguments refused(String what, Supplier<Reply> call, int status, String code) {
    return Arguments.of(what, call, status, code);
  }

  static Stream<Arguments> catalogue() {
    return Stream.of(
        refused("kudos to oneself", () -> give(sanne, good().put("to", sanneId)), 422, "kudos_to_self"),
        refused("kudos to an unknown person", () -> give(sanne, good().put("to", 999_999)), 404, "unknown_colleague"),
        refused("kudos to another company's employee", () -> give(sanne, good().put("to", otherCompanysEmployee)),
            404, "unknown_colleague"),
        refused("kudos to someone who has left", () -> give(sanne, good().put("to", formerColleague)),
            404, "unknown_colleague"),
        refused("a value the company does not have", () -> give(sanne, good().put("value", "Move fast")),
            422, "unknown_value"),
        refused("another company's value", () -> give(sanne, good().put("value", "Synergy")), 422, "unknown_value"),
        refused("a value spelt in another case", () -> give(sanne, good().put("value", "one team")),
            422, "unknown_value"),
        refused("an empty message", () -> give(sanne, good().put("message", "   ")), 400, "invalid_field"),
        refused("a message over 280 characters", () -> give(sanne, good().put("message", "x".repeat(281))),
            400, "invalid_field"),
        refused("no receiver", () -> give(sanne, good().putNull("to")), 400, "invalid_field"),
        refused("a receiver id as text", () -> give(sanne, good().put("to", String.valueOf(giulia))),
            400, "invalid_field"),
        refused("a negative receiver id", () -> give(sanne, good().put("to", -giulia)), 400, "invalid_field"),
        refused("an unknown field", () -> give(sanne, good().put("points", 1000)), 400, "unknown_field"),
        refused("malformed JSON", () -> node.api.postJson("/api/kudos", sanne, "{\"to\": 1,",
            "Idempotency-Key", Api.newKey()), 400, "malformed_json"),
        refused("no idempotency key", () -> node.api.postJson("/api/kudos", sanne, good().encode()),
            400, "invalid_field"),
        refused("an idempotency key of hostile characters", () -> node.api.postJson("/api/kudos", sanne,
            good().encode(), "Idempotency-Key", "<script>alert(1)</script>"), 400, "invalid_field"),
        refused("no token", () -> give(null, good()), 401, "token_missing"),
        refused("an office screen's (read-only) token", () -> give(node.screenToken(), good()), 403, "forbidden"));
  }

  @DisplayName("Refused, with its code, and nothing stored")
  @ParameterizedTest(name = "{0} → {2} {3}")
  @MethodSource("catalogue")
  void refusesAndChangesNothing(String what, Supplier<Reply> call, int status, String code) {
    String before = footprint();

    Reply reply = call.get();

    assertEquals(status, reply.status(), what + ": " + reply.text());
    assertEquals(code, reply.errorCode(), reply.text());
    String message = reply.json().getJsonObject("error").getString("message");
    assertTrue(message.length() > 10 && !message.contains("Exception"), "a human message: " + message);
    assertEquals(before, footprint(), "nothing was written");
  }
}
