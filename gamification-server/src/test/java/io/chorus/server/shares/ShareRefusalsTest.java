package io.chorus.server.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.security.SecureRandom;
import java.util.Date;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(VertxExtension.class)
@DisplayName("A bad share report gets a clear 4xx JSON error and changes nothing")
class ShareRefusalsTest {
  private static TestNode node;
  private static String sanne;
  private static long sanneId;
  private static long companyId;
  private static long otherCompanysContent;

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    node = TestNode.start(vertx, "share_refusals");
    sanne = node.signIn("sanne@acme.example");
    sanneId = node.employeeId("sanne@acme.example");
    companyId = node.node.demo().companyId();
    long other = node.sql.number("INSERT INTO company (slug, name) VALUES ('globex', 'Globex') RETURNING id");
    otherCompanysContent = node.sql.number("INSERT INTO content (company_id, title, url, status) "
        + "VALUES (?, 'Globex news', 'https://globex.example/news', 'approved') RETURNING id", other);
    node.sql.update("INSERT INTO content_variant (content_id, network, text) VALUES (?, 'linkedin', 'Globex!')",
        otherCompanysContent);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static JsonObject good() {
    return new JsonObject().put("contentId", node.contentId("Acme opens its robotics lab in Riga"))
        .put("network", "x");
  }

  private static String token(SecretKey key, String audience, String role, Date issued, Date expires) {
    var builder = Jwts.builder().issuer("chorus").subject(String.valueOf(sanneId)).audience().add(audience).and()
        .claim("cid", companyId).claim("role", role).issuedAt(issued).expiration(expires);
    return key == null ? builder.compact() : builder.signWith(key, Jwts.SIG.HS256).compact();
  }

  private static Date minutesFromNow(int minutes) {
    return new Date(System.currentTimeMillis() + minutes * 60_000L);
  }

  private static SecretKey otherKey() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Keys.hmacShaKeyFor(b);
  }

  private static Arguments refused(String what, Supplier<Reply> call, int status, String code) {
    return Arguments.of(what, call, status, code);
  }

  static Stream<Arguments> catalogue() {
    return Stream.of(
        refused("unknown content", () -> node.api.report(sanne, Api.newKey(), good().put("contentId", 999_999)),
            404, "content_not_found"),
        refused("another company's content", () -> node.api.report(sanne, Api.newKey(),
            good().put("contentId", otherCompanysContent).put("network", "linkedin")), 404, "content_not_found"),
        refused("content still in draft", () -> node.api.report(sanne, Api.newKey(),
            good().put("contentId", node.contentId("Q4 results preview"))), 422, "content_not_live"),
        refused("content whose window has closed", () -> node.api.report(sanne, Api.newKey(),
            good().put("contentId", node.contentId("Spring hackathon recap"))), 422, "content_not_live"),
        refused("malformed JSON", () -> node.api.postJson("/api/shares", sanne, "{\"contentId\": 1,",
            "Idempotency-Key", Api.newKey()), 400, "malformed_json"),
        refused("a JSON array instead of an object", () -> node.api.postJson("/api/shares", sanne, "[1,2]",
            "Idempotency-Key", Api.newKey()), 400, "malformed_json"),
        refused("a field of the wrong type", () -> node.api.report(sanne, Api.newKey(),
            good().put("contentId", "12")), 400, "invalid_field"),
        refused("a fractional id", () -> node.api.report(sanne, Api.newKey(), good().put("contentId", 1.5)),
            400, "invalid_field"),
        refused("an unknown network", () -> node.api.report(sanne, Api.newKey(), good().put("network", "myspace")),
            400, "invalid_field"),
        refused("an unknown field", () -> node.api.report(sanne, Api.newKey(), good().put("bonus", 1000)),
            400, "unknown_field"),
        refused("a post URL on another site", () -> node.api.report(sanne, Api.newKey(),
            good().put("postUrl", "https://evil.example/x.com/status/1")), 400, "invalid_field"),
        refused("hostile HTML as the post URL", () -> node.api.report(sanne, Api.newKey(),
            good().put("postUrl", "javascript:alert(1)//x.com")), 400, "invalid_field"),
        refused("no idempotency key", () -> node.api.postJson("/api/shares", sanne, good().encode()),
            400, "invalid_field"),
        refused("a body that is not JSON", () -> node.api.post("/api/shares", sanne, "contentId=1", "text/plain",
            "Idempotency-Key", Api.newKey()), 415, "unsupported_media_type"),
        refused("a body over 16 KB", () -> node.api.report(sanne, Api.newKey(),
            good().put("postedText", "x".repeat(20_000))), 413, "body_too_large"),
        refused("no token", () -> node.api.report(null, Api.newKey(), good()), 401, "token_missing"),
        refused("an expired token", () -> node.api.report(token(node.key, "chorus-extension", "employee",
            minutesFromNow(-120), minutesFromNow(-60)), Api.newKey(), good()), 401, "token_expired"),
        refused("a token signed with another key", () -> node.api.report(token(otherKey(), "chorus-extension",
            "employee", minutesFromNow(0), minutesFromNow(60)), Api.newKey(), good()), 401, "token_invalid"),
        refused("an unsigned token (alg: none)", () -> node.api.report(token(null, "chorus-extension", "employee",
            minutesFromNow(0), minutesFromNow(60)), Api.newKey(), good()), 401, "token_invalid"),
        refused("a token for the screen audience claiming to be an employee", () -> node.api.report(
            token(node.key, "chorus-screen", "employee", minutesFromNow(0), minutesFromNow(60)), Api.newKey(),
            good()), 401, "token_invalid"),
        refused("garbage as a token", () -> node.api.report("not.a.jwt", Api.newKey(), good()), 401, "token_invalid"),
        refused("an office screen's (read-only) token", () -> node.api.report(node.screenToken(), Api.newKey(),
            good()), 403, "forbidden"));
  }

  @DisplayName("Refused, with its code, and nothing stored")
  @ParameterizedTest(name = "{0} → {2} {3}")
  @MethodSource("catalogue")
  void refusesAndChangesNothing(String what, Supplier<Reply> call, int status, String code) {
    String before = node.sql.footprint();

    Reply reply = call.get();

    assertEquals(status, reply.status(), what + ": " + reply.text());
    assertEquals(code, reply.errorCode(), reply.text());
    String message = reply.json().getJsonObject("error").getString("message");
    assertNotNull(message);
    assertTrue(message.length() > 10 && !message.contains("Exception"), "a human message: " + message);
    assertEquals(before, node.sql.footprint(), "nothing was written");
  }

  /** The good report's JSON with {@code raw} (JSON text, escapes as written) added before its closing brace. */
  private static Reply reportRaw(String raw) {
    String good = good().encode();
    return node.api.postJson("/api/shares", sanne, good.substring(0, good.length() - 1) + "," + raw + "}",
        "Idempotency-Key", Api.newKey());
  }

  private static Reply reportBytes(byte[] body) {
    return node.api.postBytes("/api/shares", sanne, body, "Idempotency-Key", Api.newKey());
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] c = after.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(middle, 0, out, a.length, middle.length);
    System.arraycopy(c, 0, out, a.length + middle.length, c.length);
    return out;
  }

  private static Arguments refusedField(String what, Supplier<Reply> call, String code, String field) {
    return Arguments.of(what, call, code, field);
  }

  /** Reports whose text, post URL or JSON would once have been scored, stored as '?' or answered 500. */
  static Stream<Arguments> textCatalogue() {
    String riga = "\"contentId\":" + node.contentId("Acme opens its robotics lab in Riga");
    return Stream.of(
        refusedField("posted text of 281 weighted characters on X", () -> node.api.report(sanne, Api.newKey(),
            good().put("postedText", "a".repeat(281))), "invalid_field", "postedText"),
        refusedField("posted text of 141 CJK characters (282 weighted) on X", () -> node.api.report(sanne,
            Api.newKey(), good().put("postedText", "日".repeat(141))), "invalid_field", "postedText"),
        refusedField("posted text of 3,001 characters on LinkedIn", () -> node.api.report(sanne, Api.newKey(),
            good().put("network", "linkedin").put("postedText", "a".repeat(3001))), "invalid_field", "postedText"),
        refusedField("empty posted text", () -> node.api.report(sanne, Api.newKey(), good().put("postedText", "")),
            "invalid_field", "postedText"),
        refusedField("blank posted text", () -> node.api.report(sanne, Api.newKey(),
            good().put("postedText", " \n\t ")), "invalid_field", "postedText"),
        refusedField("posted text with a lone surrogate", () -> reportRaw("\"postedText\":\"Proud \\ud83d of it\""),
            "invalid_field", "postedText"),
        refusedField("posted text with a NUL", () -> reportRaw("\"postedText\":\"Proud\\u0000\""),
            "invalid_field", "postedText"),
        refusedField("posted text with an escape character", () -> reportRaw("\"postedText\":\"\\u001b[2J\""),
            "invalid_field", "postedText"),
        refusedField("a NUL in the network", () -> node.api.report(sanne, Api.newKey(),
            good().put("network", "x\u0000")), "invalid_field", "network"),
        refusedField("a post URL with a space", () -> node.api.report(sanne, Api.newKey(),
            good().put("postUrl", "https://x.com/acme/status/1 2")), "invalid_field", "postUrl"),
        refusedField("a post URL with a double quote", () -> node.api.report(sanne, Api.newKey(),
            good().put("postUrl", "https://x.com/acme/status/1\"onmouseover=\"alert(1)")), "invalid_field", "postUrl"),
        refusedField("a post URL with a single quote", () -> node.api.report(sanne, Api.newKey(),
            good().put("postUrl", "https://x.com/acme/status/1'")), "invalid_field", "postUrl"),
        refusedField("a post URL with a user before the host", () -> node.api.report(sanne, Api.newKey(),
            good().put("postUrl", "https://x.com@evil.example/status/1")), "invalid_field", "postUrl"),
        refusedField("a post URL with a port", () -> node.api.report(sanne, Api.newKey(),
            good().put("postUrl", "https://x.com:8443/acme/status/1")), "invalid_field", "postUrl"),
        refusedField("a post URL with a NUL", () -> node.api.report(sanne, Api.newKey(),
            good().put("postUrl", "https://x.com/acme/status/1\u0000")), "invalid_field", "postUrl"),
        refusedField("a post URL with a bad percent escape", () -> node.api.report(sanne, Api.newKey(),
            good().put("postUrl", "https://x.com/acme/%zz")), "invalid_field", "postUrl"),
        refusedField("contentId named twice (the second would win)", () -> node.api.postJson("/api/shares", sanne,
            "{\"contentId\":999999,\"network\":\"x\"," + riga + "}", "Idempotency-Key", Api.newKey()),
            "duplicate_field", "contentId"),
        refusedField("a field name with a NUL", () -> reportRaw("\"postedText\\u0000\":\"x\""),
            "invalid_field", null),
        refusedField("bytes that are not UTF-8", () -> reportBytes(concat(good().encode().replace("}", ",\"postedText\":\""),
            new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}")), "malformed_json", null),
        refusedField("a surrogate encoded as UTF-8 bytes (CESU-8)", () -> reportBytes(concat(
            good().encode().replace("}", ",\"postedText\":\""), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            "\"}")), "invalid_field", "postedText"),
        // Jackson decodes an overlong NUL as a NUL: the string check is what refuses it.
        refusedField("a NUL in overlong UTF-8 (C0 80)", () -> reportBytes(concat(
            good().encode().replace("}", ",\"postedText\":\""), new byte[] {(byte) 0xC0, (byte) 0x80}, "\"}")),
            "invalid_field", "postedText"),
        refusedField("a body in UTF-16", () -> node.api.postBytes("/api/shares", sanne, good().put("postedText", "ok\u0000")
            .encode().getBytes(java.nio.charset.StandardCharsets.UTF_16BE), "Idempotency-Key", Api.newKey()),
            "invalid_field", "postedText"),
        refusedField("JSON nested 17 deep", () -> reportRaw("\"postedAt\":" + "[".repeat(17) + "]".repeat(17)),
            "malformed_json", null),
        refusedField("more after the JSON object", () -> node.api.postJson("/api/shares", sanne,
            good().encode() + " {\"contentId\":1}", "Idempotency-Key", Api.newKey()), "malformed_json", null));
  }

  @DisplayName("Refused with a 400 that names the field at fault, and nothing stored")
  @ParameterizedTest(name = "{0} → 400 {2} on {3}")
  @MethodSource("textCatalogue")
  void refusesTextAndChangesNothing(String what, Supplier<Reply> call, String code, String field) {
    String before = node.sql.footprint();

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
    assertEquals(before, node.sql.footprint(), "nothing was written");
  }
}
