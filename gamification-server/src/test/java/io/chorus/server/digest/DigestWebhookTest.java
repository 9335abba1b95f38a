package io.chorus.server.digest;

import static io.chorus.server.digest.DigestWorld.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.chorus.server.support.Api;
import io.chorus.server.support.MutableClock;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The company channel's message to a Slack-compatible incoming webhook, received by a Vert.x HTTP server
 * in this test on loopback (which the node allows only because of the test setting
 * CHORUS_WEBHOOK_ALLOW_LOOPBACK): retried on 5xx, given up on 4xx, one key for all attempts.
 */
@DisplayName("Digest webhook: retried after 5xx until it is taken, never after a 4xx; the liaison's settings, preview and test send")
class DigestWebhookTest {
  private static Vertx vertx;
  private static MutableClock clock;
  private static GreenMail smtp;
  private static TestNode node;
  private static HttpServer receiver;
  /** What the receiver answers, in order (200 when the queue is empty). */
  private static final Queue<Integer> ANSWERS = new ConcurrentLinkedQueue<>();
  private static final List<JsonObject> POSTS = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    clock = new MutableClock(DigestWorld.START);
    int port = DigestWorld.freePort();
    smtp = DigestWorld.greenMail(port);
    Map<String, String> settings = new java.util.HashMap<>(DigestWorld.smtp(port));
    settings.put("CHORUS_WEBHOOK_ALLOW_LOOPBACK", "true");
    node = TestNode.start(vertx, "digest_webhook", settings, clock);
    receiver = TestNode.await(vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
      POSTS.add(new JsonObject().put("path", req.path()).put("key", req.getHeader("Idempotency-Key"))
          .put("type", req.getHeader("Content-Type")).put("body", new JsonObject(body.toString())));
      Integer status = ANSWERS.poll();
      req.response().setStatusCode(status == null ? 200 : status).end("ok");
    })).listen(0, "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    node.close();
    smtp.stop();
    TestNode.await(receiver.close());
    TestNode.await(vertx.close());
  }

  private static String hook(String path) {
    return "http://127.0.0.1:" + receiver.actualPort() + "/hook/" + path;
  }

  private static List<JsonObject> postsTo(String path) {
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject p : POSTS) {
      if (p.getString("path").equals("/hook/" + path)) {
        out.add(p);
      }
    }
    return out;
  }

  private static Api.Reply save(String token, String webhookUrl) {
    JsonObject body = new JsonObject().put("enabled", true).put("day", 3).put("time", "11:00");
    if (webhookUrl != null) {
      body.put("webhookUrl", webhookUrl);
    }
    return node.api.putJson("/api/digest/settings", token, body.encode());
  }

  /** Keeps the world's own moment (the day and time the world chose) when the liaison saves the webhook. */
  private static Api.Reply saveKeepingMoment(DigestWorld w, String token, String webhookUrl) {
    String time = node.sql.text("SELECT to_char(send_time, 'HH24:MI') FROM digest_settings WHERE company_id = ?",
        w.companyId);
    long day = node.sql.number("SELECT send_day FROM digest_settings WHERE company_id = ?", w.companyId);
    return node.api.putJson("/api/digest/settings", token, new JsonObject().put("enabled", true).put("day", day)
        .put("time", time).put("webhookUrl", webhookUrl).encode());
  }

  @Test
  @DisplayName("500, then 503, then 200: three posts 1 and 2 minutes apart with one Idempotency-Key, the items in the text, then nothing more")
  void retriedOnServerErrors() {
    DigestWorld w = new DigestWorld(node, clock, "Hook Co");
    long liga = w.person("Liga", "liaison", true);
    long item = w.item("Robots & <friends>", Duration.ofHours(4));
    String token = node.signIn(w.email(liga));
    assertEquals(200, saveKeepingMoment(w, token, hook("retry-T000/B000/secretsecret")).status());
    ANSWERS.addAll(List.of(500, 503));

    w.reachSendTime();
    run(node);
    assertEquals(1, postsTo("retry-T000/B000/secretsecret").size());
    assertEquals("pending", node.sql.text("SELECT state FROM digest_delivery WHERE company_id = ? AND channel = 'webhook'",
        w.companyId));
    clock.advance(Duration.ofSeconds(61));
    run(node);
    assertEquals(2, postsTo("retry-T000/B000/secretsecret").size());
    clock.advance(Duration.ofSeconds(60));
    run(node);
    assertEquals(2, postsTo("retry-T000/B000/secretsecret").size(), "the third attempt waits 2 minutes");
    clock.advance(Duration.ofSeconds(61));
    run(node);
    List<JsonObject> posts = postsTo("retry-T000/B000/secretsecret");
    assertEquals(3, posts.size());
    assertEquals("sent", node.sql.text("SELECT state FROM digest_delivery WHERE company_id = ? AND channel = 'webhook'",
        w.companyId));
    String key = posts.get(0).getString("key");
    assertEquals("digest." + w.companyId + "." + w.weekKey() + ".webhook", key);
    for (JsonObject p : posts) {
      assertEquals(key, p.getString("key"));
      assertTrue(p.getString("type").startsWith("application/json"));
    }
    String text = posts.get(2).getJsonObject("body").getString("text");
    assertTrue(text.startsWith("*1 new post to share from Hook Co*\n"), text);
    assertTrue(text.contains("• <" + w.url(item) + "|Robots &amp; &lt;friends&gt;>"), text);

    clock.advance(Duration.ofHours(6));
    run(node);
    assertEquals(3, postsTo("retry-T000/B000/secretsecret").size());
  }

  @Test
  @DisplayName("A 404 is final: one post, the delivery failed, no retry hours later")
  void notRetriedOnClientErrors() {
    DigestWorld w = new DigestWorld(node, clock, "Gone Co");
    long liga = w.person("Liga", "liaison", true);
    w.item("News", Duration.ofHours(4));
    assertEquals(200, saveKeepingMoment(w, node.signIn(w.email(liga)), hook("gone")).status());
    ANSWERS.add(404);
    w.reachSendTime();
    run(node);
    clock.advance(Duration.ofHours(3));
    run(node);
    assertEquals(1, postsTo("gone").size());
    assertEquals("failed", node.sql.text("SELECT state FROM digest_delivery WHERE company_id = ? AND channel = 'webhook'",
        w.companyId));
    assertTrue(node.sql.text("SELECT last_error FROM digest_delivery WHERE company_id = ? AND channel = 'webhook'",
        w.companyId).contains("404"));
  }

  @Test
  @DisplayName("Settings: the webhook is shown masked; preview lists this week's items; a test send reaches the liaison's inbox and the webhook")
  void settingsPreviewAndTest() throws Exception {
    DigestWorld w = new DigestWorld(node, clock, "Desk Co");
    long liga = w.person("Liga", "liaison", true);
    long ann = w.person("Ann");
    w.item("This week's item", Duration.ofHours(4));
    String token = node.signIn(w.email(liga));
    Api.Reply saved = save(token, hook("desk-T000/B000/verysecretpart"));
    assertEquals(200, saved.status(), saved.text());
    JsonObject s = node.api.get("/api/digest/settings", token).json();
    assertEquals(true, s.getBoolean("enabled"));
    assertEquals(3, s.getInteger("day"));
    assertEquals("11:00", s.getString("time"));
    assertEquals("Europe/Riga", s.getString("timeZone"));
    assertEquals(true, s.getBoolean("emailConfigured"));
    assertFalse(s.getString("webhook").contains("verysecret"), s.getString("webhook"));
    assertTrue(s.getString("webhook").endsWith("part"), s.getString("webhook"));
    assertFalse(s.encode().contains("verysecret"));
    // Wednesday 11:00 in Riga is 09:00 UTC; the next one after the clock.
    assertTrue(s.getLong("nextSendAt") > clock.millis());

    JsonObject preview = node.api.get("/api/digest/preview", token).json();
    assertEquals(1, preview.getJsonArray("items").size());
    assertEquals("This week's item", preview.getJsonArray("items").getJsonObject(0).getString("title"));
    assertEquals(2, preview.getInteger("subscribers"));
    assertTrue(preview.getString("text").contains("This week's item"));
    assertTrue(preview.getString("webhookText").contains("This week's item"));

    Api.Reply test = node.api.postJson("/api/digest/test", token, "{}");
    assertEquals(200, test.status(), test.text());
    assertEquals("sent", test.json().getJsonObject("email").getString("outcome"), test.text());
    assertEquals("sent", test.json().getJsonObject("webhook").getString("outcome"), test.text());
    assertEquals(1, w.mailTo(smtp, liga).size());
    assertTrue(w.mailTo(smtp, liga).get(0).getSubject().startsWith("[Test] 1 new post"));
    assertEquals(0, w.mailTo(smtp, ann).size(), "a test goes to the liaison only");
    List<JsonObject> posts = postsTo("desk-T000/B000/verysecretpart");
    assertEquals(1, posts.size());
    assertTrue(posts.get(0).getJsonObject("body").getString("text").startsWith("_A test of the weekly digest"));
    // A test writes no week and no delivery.
    assertEquals(0, w.count("SELECT count(*) FROM digest_week WHERE company_id = ?", w.companyId));

    // Removing the webhook; an employee may not read or change any of it.
    Api.Reply removed = node.api.putJson("/api/digest/settings", token, new JsonObject().put("enabled", false)
        .put("day", 1).put("time", "09:30").put("removeWebhook", true).encode());
    assertEquals(200, removed.status(), removed.text());
    assertFalse(removed.json().containsKey("webhook"));
    assertEquals(0L, removed.json().getLong("nextSendAt"));
    String annToken = node.signIn(w.email(ann));
    assertEquals(403, node.api.get("/api/digest/settings", annToken).status());
    assertEquals(403, save(annToken, null).status());
    assertEquals(403, node.api.postJson("/api/digest/test", annToken, "{}").status());
    assertEquals(401, node.api.get("/api/digest/preview", null).status());
  }
}
