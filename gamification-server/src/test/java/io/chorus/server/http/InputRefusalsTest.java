package io.chorus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.shared.sse.SseEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text the API must refuse, on every route that takes a body: a NUL, a lone surrogate, a control
 * character, a line break in a one-line field, a bidi override where others would see it, a field named
 * twice. Each is a 400 that names the field, and nothing changes: no row, no point, no badge, no screen,
 * no rule, and no event on the live stream.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Bad text on any route gets a 400 naming the field, and changes nothing")
class InputRefusalsTest {
  private static final String RLO = "\\u202e";
  private static TestNode node;
  private static String sanne;
  private static String liaison;
  private static long giulia;
  private static long demoShare;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "input_refusals");
    sanne = node.signIn("sanne@acme.example");
    liaison = node.signIn("liga@acme.example");
    giulia = node.employeeId("giulia@acme.example");
    demoShare = node.sql.number("SELECT min(id) FROM share WHERE void_reason IS NULL");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** Everything these routes could write. */
  private static String footprint() {
    return "shares=" + node.sql.number("SELECT count(*) FROM share")
        + " voided=" + node.sql.number("SELECT count(*) FROM share WHERE void_reason IS NOT NULL")
        + " ledger=" + node.sql.number("SELECT count(*) FROM ledger_entry")
        + " points=" + node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry")
        + " kudos=" + node.sql.number("SELECT count(*) FROM kudos")
        + " budget=" + node.sql.number("SELECT coalesce(sum(given), 0) FROM kudos_week")
        + " badges=" + node.sql.number("SELECT count(*) FROM badge_award")
        + " screens=" + node.sql.number("SELECT count(*) FROM display_screen")
        + " rules=" + node.sql.number("SELECT count(*) FROM scoring_rules");
  }

  /** A POST of exact JSON text ({@code \\u…} escapes reach the server as escapes), with a fresh key. */
  private static Reply post(String path, String token, String json) {
    return node.api.postJson(path, token, json, "Idempotency-Key", Api.newKey());
  }

  private static Reply signIn(String json) {
    return post("/api/auth/sign-in", null, json);
  }

  private static Reply kudos(String value, String message) {
    return post("/api/kudos", sanne, "{\"to\":" + giulia + ",\"value\":\"" + value + "\",\"message\":\"" + message + "\"}");
  }

  private static Reply screen(String json) {
    return post("/api/screens", liaison, json);
  }

  private static Reply spotlight(String json) {
    return post("/api/badges/spotlight", liaison, json);
  }

  private static Reply voidShare(String json) {
    return post("/api/shares/" + demoShare + "/void", liaison, json);
  }

  private static Reply rules(String json) {
    return node.api.putJson("/api/rules", liaison, json);
  }

  private static final String RULES = "\"linkedInShare\":10,\"xShare\":10,\"freshBonus\":5,\"ownWordsBonus\":5,"
      + "\"clickPoints\":1,\"kudosPoints\":5,\"kudosPerWeek\":5";

  private static Arguments refused(String what, Supplier<Reply> call, String code, String field) {
    return Arguments.of(what, call, code, field);
  }

  static Stream<Arguments> catalogue() {
    return Stream.of(
        refused("sign-in with two emails (the second used to win)", () -> signIn(
            "{\"email\":\"sanne@acme.example\",\"email\":\"liga@acme.example\",\"password\":\"chorus-demo\"}"),
            "duplicate_field", "email"),
        refused("sign-in with two passwords", () -> signIn(
            "{\"email\":\"liga@acme.example\",\"password\":\"wrong\",\"password\":\"chorus-demo\"}"),
            "duplicate_field", "password"),
        refused("sign-in with a NUL in the email", () -> signIn(
            "{\"email\":\"liga@acme.example\\u0000\",\"password\":\"chorus-demo\"}"), "invalid_field", "email"),
        refused("sign-in with a line break in the email", () -> signIn(
            "{\"email\":\"liga@acme.example\\nx\",\"password\":\"chorus-demo\"}"), "invalid_field", "email"),
        refused("sign-in with a lone surrogate in the email", () -> signIn(
            "{\"email\":\"liga\\ud800@acme.example\",\"password\":\"chorus-demo\"}"), "invalid_field", "email"),
        refused("sign-in with a NUL in the password", () -> signIn(
            "{\"email\":\"liga@acme.example\",\"password\":\"chorus-demo\\u0000\"}"), "invalid_field", "password"),
        refused("kudos with a NUL in the message", () -> kudos("One team", "Thanks\\u0000"), "invalid_field", "message"),
        refused("kudos with a right-to-left override in the message", () -> kudos("One team", "Thanks " + RLO + "olleh"),
            "invalid_field", "message"),
        refused("kudos with a lone surrogate in the message", () -> kudos("One team", "Thanks \\udc00"),
            "invalid_field", "message"),
        refused("kudos with a C1 control in the message", () -> kudos("One team", "Thanks\\u009b2J"),
            "invalid_field", "message"),
        refused("kudos with a line break in the value", () -> kudos("One\\nteam", "Thanks"), "invalid_field", "value"),
        refused("kudos with an isolate in the value", () -> kudos("\\u2067One team", "Thanks"), "invalid_field", "value"),
        refused("kudos naming the receiver twice", () -> post("/api/kudos", sanne, "{\"to\":" + giulia
            + ",\"to\":1,\"value\":\"One team\",\"message\":\"Thanks\"}"), "duplicate_field", "to"),
        refused("a screen named with a right-to-left override", () -> screen("{\"name\":\"Lobby " + RLO + "agiR\"}"),
            "invalid_field", "name"),
        refused("a screen name of two lines", () -> screen("{\"name\":\"Lobby\\nRiga\"}"), "invalid_field", "name"),
        refused("a screen name with a NUL", () -> screen("{\"name\":\"Lobby\\u0000\"}"), "invalid_field", "name"),
        refused("a screen name with a tab", () -> screen("{\"name\":\"Lobby\\tRiga\"}"), "invalid_field", "name"),
        refused("a screen named twice", () -> screen("{\"name\":\"Lobby\",\"name\":\"Hall\"}"), "duplicate_field", "name"),
        refused("a spotlight note with a NUL", () -> spotlight("{\"employeeId\":" + giulia + ",\"note\":\"Great\\u0000\"}"),
            "invalid_field", "note"),
        refused("a spotlight note with a right-to-left override", () -> spotlight("{\"employeeId\":" + giulia
            + ",\"note\":\"" + RLO + "Great\"}"), "invalid_field", "note"),
        refused("a spotlight naming the person twice", () -> spotlight("{\"employeeId\":1,\"employeeId\":" + giulia
            + ",\"note\":\"Great\"}"), "duplicate_field", "employeeId"),
        refused("a void reason with a NUL", () -> voidShare("{\"reason\":\"Duplicate\\u0000\"}"), "invalid_field", "reason"),
        refused("a void reason with a lone surrogate", () -> voidShare("{\"reason\":\"Duplicate \\ud83d\"}"),
            "invalid_field", "reason"),
        refused("a void reason given twice", () -> voidShare("{\"reason\":\"Duplicate\",\"reason\":\"Other\"}"),
            "duplicate_field", "reason"),
        refused("rules with the daily cap twice", () -> rules("{" + RULES + ",\"dailyCap\":100,\"dailyCap\":9999}"),
            "duplicate_field", "dailyCap"),
        refused("rules with a control character in a field name", () -> rules("{" + RULES + ",\"dailyCap\\u0007\":100}"),
            "invalid_field", null),
        refused("rules nested too deep", () -> rules("{" + RULES + ",\"dailyCap\":" + "[".repeat(40) + "]".repeat(40) + "}"),
            "malformed_json", null));
  }

  @DisplayName("Refused with a 400 naming the field, and nothing stored")
  @ParameterizedTest(name = "{0} → 400 {2} on {3}")
  @MethodSource("catalogue")
  void refusesAndChangesNothing(String what, Supplier<Reply> call, String code, String field) {
    String before = footprint();

    Reply reply = call.get();

    assertEquals(400, reply.status(), what + ": " + reply.text());
    assertEquals(code, reply.errorCode(), reply.text());
    JsonObject error = reply.json().getJsonObject("error");
    assertEquals(field, error.getString("field"), reply.text());
    String message = error.getString("message");
    assertTrue(message.length() > 10 && !message.contains("Exception"), "a human message: " + message);
    if (field != null) {
      assertTrue(message.contains("'" + field + "'"), "the message names the field: " + message);
    }
    assertNull(reply.json().getString("token"), "no sign-in");
    assertEquals(before, footprint(), "nothing was written");
  }

  @Test
  @DisplayName("The whole catalogue, run while a screen watches the stream, sends it no share, kudos or badge; the next real kudos is the first it sees")
  void noEventOnTheStream() throws Exception {
    try (SseClient stream = new SseClient(node.url() + "/api/leaderboard/stream?period=week", node.screenToken())) {
      assertNotNull(stream.await(e -> "board".equals(e.type()), 10, TimeUnit.SECONDS), "the opening board");
      catalogue().forEach(c -> {
        Reply r = (Reply) ((Supplier<?>) c.get()[1]).get();
        assertEquals(400, r.status(), r.text());
      });
      ShareRefusals.each(node, sanne);

      Reply sentinel = kudos("One team", "The one that counts");
      assertEquals(201, sentinel.status(), sentinel.text());
      List<SseEvent> seen = new ArrayList<>();
      SseEvent arrived = stream.await(e -> {
        seen.add(e);
        return "kudos".equals(e.type()) && e.data().contains("The one that counts");
      }, 10, TimeUnit.SECONDS);

      assertNotNull(arrived, "the real kudos reached the stream: " + seen);
      List<String> activity = seen.stream().filter(e -> !e.type().equals("board") && !e.type().equals("recent"))
          .map(e -> e.type() + " " + e.data()).toList();
      assertEquals(1, activity.size(), "only the real kudos: " + activity);
    }
  }

  @Test
  @DisplayName("Text that is fine is taken as sent: a 280-weighted X post with emoji, CJK and line breaks is scored and stored exactly; names in another script are kept")
  void goodTextIsKept() {
    Seed seed = new Seed(node);
    String email = seed.employee("Zoe Unicode");
    long item = seed.item("Ünïcödé week", Duration.ofDays(3));
    String text = "Proud 👩‍🔬 of our 東京 lab!\n\n\t" + Seed.suggestedText("Ünïcödé week");
    String padded = text + " " + "a".repeat(280 - io.chorus.shared.text.XWeightedLength.of(text) - 1);
    assertEquals(280, io.chorus.shared.text.XWeightedLength.of(padded));

    Reply share = node.api.report(node.signIn(email), Api.newKey(), new JsonObject().put("contentId", item)
        .put("network", "x").put("postUrl", "https://x.com/zoe/status/1850000000000000001?s=20").put("postedText", padded));

    assertEquals(201, share.status(), share.text());
    assertEquals(padded, node.sql.text("SELECT posted_text FROM share WHERE id = ?", share.json().getLong("shareId")));
    assertEquals("https://x.com/zoe/status/1850000000000000001",
        node.sql.text("SELECT post_url FROM share WHERE id = ?", share.json().getLong("shareId")));

    Reply screen = screen("{\"name\":\"  Lobby, Rīga — 東京  \"}");
    assertEquals(201, screen.status(), screen.text());
    assertEquals("Lobby, Rīga — 東京", screen.json().getString("name"), "trimmed, otherwise as sent");
  }

  /** The share refusals of this class's kind, for the stream test: each a 400 that reaches no database. */
  private static final class ShareRefusals {
    static void each(TestNode node, String token) {
      long riga = node.contentId("Acme opens its robotics lab in Riga");
      for (String body : List.of(
          "{\"contentId\":" + riga + ",\"network\":\"x\",\"postedText\":\"" + "a".repeat(281) + "\"}",
          "{\"contentId\":" + riga + ",\"network\":\"x\",\"postedText\":\"ok\\u0000\"}",
          "{\"contentId\":" + riga + ",\"network\":\"x\",\"postedText\":\" \"}",
          "{\"contentId\":" + riga + ",\"network\":\"x\",\"postUrl\":\"https://x.com/a b\"}",
          "{\"contentId\":999999,\"network\":\"x\",\"contentId\":" + riga + "}")) {
        Reply r = node.api.postJson("/api/shares", token, body, "Idempotency-Key", Api.newKey());
        assertEquals(400, r.status(), r.text());
      }
    }
  }
}
