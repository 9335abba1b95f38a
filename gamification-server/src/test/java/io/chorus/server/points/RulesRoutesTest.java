package io.chorus.server.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.http.JsonWriter;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.chorus.shared.scoring.ScoringRules;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(VertxExtension.class)
@DisplayName("GET /api/rules for everyone of the company; PUT /api/rules for the liaison, from then on")
class RulesRoutesTest {
  private static TestNode node;
  private static Seed seed;
  private static String liaison;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "rules_routes");
    seed = new Seed(node);
    liaison = node.signIn("liga@acme.example");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static JsonObject json(ScoringRules rules) {
    return JsonWriter.encode(rules::write);
  }

  private static JsonObject acmeRules() {
    Reply r = node.api.get("/api/rules", liaison);
    assertEquals(200, r.status(), r.text());
    return r.json();
  }

  @Test
  @DisplayName("A company that never changed its rules gets the README's defaults, employees included")
  void defaultsForANewCompany() throws Exception {
    long company = node.sql.number("INSERT INTO company (slug, name) VALUES ('initech', 'Initech') RETURNING id");
    node.sql.update("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "SELECT ?, 'peter@initech.example', 'Peter', 'employee', password_hash FROM employee "
        + "WHERE email = 'janis@acme.example'", company);

    Reply r = node.api.get("/api/rules", node.signIn("peter@initech.example"));

    assertEquals(200, r.status(), r.text());
    assertEquals(json(ScoringRules.DEFAULT), r.json());
  }

  @Test
  @DisplayName("An employee may read the rules but not change them: 403, rules unchanged")
  void employeeCannotChangeRules() {
    JsonObject before = acmeRules();
    String employee = node.signIn("sanne@acme.example");

    Reply read = node.api.get("/api/rules", employee);
    Reply change = node.api.putJson("/api/rules", employee,
        json(new ScoringRules(1000, 1000, 0, 0, 0, 0, 0, 10000)).encode());

    assertEquals(before, read.json());
    assertEquals(403, change.status(), change.text());
    assertEquals("forbidden", change.errorCode());
    assertEquals(before, acmeRules());
  }

  static Stream<Arguments> badRules() {
    JsonObject good = JsonWriter.encode(ScoringRules.DEFAULT::write);
    return Stream.of(
        Arguments.of("a daily cap of 0", good.copy().put("dailyCap", 0), "invalid_field"),
        Arguments.of("negative points", good.copy().put("linkedInShare", -5), "invalid_field"),
        Arguments.of("a billion points", good.copy().put("xShare", 1_000_000_000), "invalid_field"),
        Arguments.of("a missing field", good.copy().put("clickPoints", (Object) null), "invalid_field"),
        Arguments.of("a number as text", good.copy().put("freshBonus", "5"), "invalid_field"),
        Arguments.of("an unknown field", good.copy().put("bonusForTheBoss", 100), "unknown_field"));
  }

  @DisplayName("A bad value from the liaison is a 400 naming it, and the rules stay as they were")
  @ParameterizedTest(name = "{0}")
  @MethodSource("badRules")
  void badValuesAreRefused(String what, JsonObject body, String code) {
    JsonObject before = acmeRules();

    Reply r = node.api.putJson("/api/rules", liaison, body.encode());

    assertEquals(400, r.status(), what + ": " + r.text());
    assertEquals(code, r.errorCode());
    assertEquals(before, acmeRules());
  }

  @Test
  @DisplayName("New rules score shares from then on (LinkedIn 12, X 7); an earlier share keeps its 10 points")
  void changeAppliesFromThenOn() {
    String email = seed.employee("Rules Watcher");
    String token = node.signIn(email);
    long earlierItem = seed.item("Before the change", Duration.ofDays(3));
    long laterItem = seed.item("After the change", Duration.ofDays(3));
    Reply earlier = node.api.report(token, Api.newKey(),
        new JsonObject().put("contentId", earlierItem).put("network", "linkedin"));
    assertEquals(10, earlier.json().getLong("points"), earlier.text());
    JsonObject before = acmeRules();
    ScoringRules changed = new ScoringRules(12, 7, before.getInteger("freshBonus"), before.getInteger("ownWordsBonus"),
        before.getInteger("clickPoints"), before.getInteger("kudosPoints"), before.getInteger("kudosPerWeek"),
        before.getInteger("dailyCap"));

    Reply put = node.api.putJson("/api/rules", liaison, json(changed).encode());
    Reply linkedIn = node.api.report(token, Api.newKey(),
        new JsonObject().put("contentId", laterItem).put("network", "linkedin"));
    Reply x = node.api.report(token, Api.newKey(), new JsonObject().put("contentId", laterItem).put("network", "x"));

    assertEquals(200, put.status(), put.text());
    assertEquals(json(changed), put.json());
    assertEquals(json(changed), node.api.get("/api/rules", token).json(), "employees read the new rules");
    assertEquals(12, linkedIn.json().getLong("points"), linkedIn.text());
    assertEquals(7, x.json().getLong("points"), x.text());
    long earlierShare = earlier.json().getLong("shareId");
    assertEquals(10, node.sql.number("SELECT points FROM share WHERE id = ?", earlierShare));
    assertEquals(10, node.sql.number("SELECT sum(points) FROM ledger_entry WHERE share_id = ?", earlierShare));
  }
}
