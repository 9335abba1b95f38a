package io.chorus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.chorus.server.support.Api;
import io.chorus.server.support.Seed;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The edges of the web surface: cross-origin requests (only the extension's origin and the server's
 * own), and requests the HTTP decoder cannot read. Each answer is the API's JSON error with a stable
 * code, nothing changes, and nothing is logged as an ERROR (anyone can send these: they must not flood
 * the log).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Web surface: foreign origins get a plain 403, oversize addresses and headers JSON errors, no ERROR logged")
class WebSurfaceTest {
  private static final String EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
  private static final String EVIL = "https://evil.example";
  private static TestNode node;
  private static Seed seed;
  private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private ListAppender<ILoggingEvent> log;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "web_surface", Map.of("CHORUS_ALLOWED_ORIGINS", EXTENSION));
    seed = new Seed(node);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @BeforeEach
  void captureLog() {
    log = new ListAppender<>();
    log.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
  }

  private List<String> errorsLogged() {
    return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
        .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create(node.url() + path));
  }

  private static JsonObject error(HttpResponse<String> r) {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        "JSON: " + r.headers().map());
    JsonObject error = new JsonObject(r.body()).getJsonObject("error");
    assertNotNull(error, r.body());
    assertNotNull(error.getString("message"));
    return error;
  }

  private static String footprint() {
    return node.sql.footprint() + " badges=" + node.sql.number("SELECT count(*) FROM badge_award")
        + " kudos=" + node.sql.number("SELECT count(*) FROM kudos");
  }

  @Test
  @DisplayName("A request from a foreign origin (read, write, preflight): 403 origin_not_allowed, no CORS "
      + "headers, nothing written, nothing logged as an ERROR")
  void foreignOriginIsRefused() throws Exception {
    String token = node.signIn(seed.employee("Cross Origin"));
    long item = seed.item("Cross-origin item", Duration.ofDays(1));
    String before = footprint();

    HttpResponse<String> read = send(to("/api/me").header("Origin", EVIL).header("Authorization", "Bearer " + token));
    HttpResponse<String> write = send(to("/api/shares").header("Origin", EVIL).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").header("Idempotency-Key", Api.newKey())
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("contentId", item).put("network", "x").encode())));
    HttpResponse<String> preflight = send(to("/api/shares").header("Origin", EVIL)
        .header("Access-Control-Request-Method", "POST")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> nullOrigin = send(to("/api/me").header("Origin", "null").header("Authorization", "Bearer " + token));

    for (HttpResponse<String> r : List.of(read, write, preflight, nullOrigin)) {
      assertEquals(403, r.statusCode(), r.body());
      assertEquals("origin_not_allowed", error(r).getString("code"));
      assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().map().toString());
    }
    assertEquals(before, footprint(), "the refused share report wrote nothing");
    assertEquals(List.of(), errorsLogged());
  }

  @Test
  @DisplayName("Many foreign-origin requests log no ERROR (no log flood)")
  void foreignOriginsDoNotFloodTheLog() throws Exception {
    for (int i = 0; i < 50; i++) {
      assertEquals(403, send(to("/api/leaderboard").header("Origin", "https://site" + i + ".example")).statusCode());
    }
    assertEquals(List.of(), errorsLogged());
  }

  @Test
  @DisplayName("The extension's origin still works: its preflight gets 204 with the allowed methods and headers, "
      + "its request the CORS headers")
  void extensionOriginWorks() throws Exception {
    String token = node.signIn(seed.employee("Extension User"));

    HttpResponse<String> preflight = send(to("/api/shares").header("Origin", EXTENSION)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> me = send(to("/api/me").header("Origin", EXTENSION).header("Authorization", "Bearer " + token));

    assertEquals(204, preflight.statusCode());
    assertEquals(EXTENSION, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase()
        .contains("idempotency-key"));
    assertEquals(200, me.statusCode(), me.body());
    assertEquals(EXTENSION, me.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(me.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Retry-After"));
    assertEquals(List.of(), errorsLogged());
  }

  @Test
  @DisplayName("A page of the server itself (same origin) may call the API")
  void sameOriginWorks() throws Exception {
    HttpResponse<String> signIn = send(to("/api/auth/sign-in").header("Origin", node.url())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("email", "janis@acme.example")
            .put("password", io.chorus.server.demo.DemoCompany.PASSWORD).encode())));
    assertEquals(200, signIn.statusCode(), signIn.body());
  }

  @Test
  @DisplayName("An address over 4 KB: 414 uri_too_long as JSON, nothing logged as an ERROR")
  void tooLongAddress() throws Exception {
    HttpResponse<String> r = send(to("/api/leaderboard?period=week&x=" + "a".repeat(10_000)));

    assertEquals(414, r.statusCode());
    assertEquals("uri_too_long", error(r).getString("code"));
    assertEquals(List.of(), errorsLogged());
  }

  @Test
  @DisplayName("Headers over 8 KB: 431 headers_too_large as JSON, nothing logged as an ERROR; the server "
      + "answers the next request as usual")
  void tooLargeHeaders() throws Exception {
    String before = footprint();
    HttpResponse<String> r = send(to("/api/me").header("X-Padding", "b".repeat(20_000)));

    assertEquals(431, r.statusCode());
    assertEquals("headers_too_large", error(r).getString("code"));
    assertEquals(List.of(), errorsLogged());
    assertEquals(before, footprint());
    assertEquals(200, send(to("/health")).statusCode());
  }

  @Test
  @DisplayName("A too-long address on the tracked-link and screen routes gets the same JSON 414")
  void tooLongElsewhere() throws Exception {
    for (String path : List.of("/r/" + "c".repeat(9_000), "/screen?x=" + "d".repeat(9_000))) {
      HttpResponse<String> r = send(to(path));
      assertEquals(414, r.statusCode(), path.substring(0, 10));
      assertEquals("uri_too_long", error(r).getString("code"));
    }
  }

  @Test
  @DisplayName("A refused origin on the live stream opens no stream and sends no event")
  void foreignOriginOpensNoStream() throws Exception {
    HttpResponse<String> r = send(to("/api/leaderboard/stream").header("Origin", EVIL)
        .header("Authorization", "Bearer " + node.screenToken()));
    assertEquals(403, r.statusCode());
    assertFalse(r.body().contains("event:"), r.body());
    try (SseClient allowed = new SseClient(node.url() + "/api/leaderboard/stream", node.screenToken())) {
      assertNotNull(allowed.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS), "without Origin it streams");
    }
  }
}
