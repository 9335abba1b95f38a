package io.chorus.server.digest;

import static io.chorus.server.digest.DigestWorld.header;
import static io.chorus.server.digest.DigestWorld.part;
import static io.chorus.server.digest.DigestWorld.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.chorus.server.support.Api;
import io.chorus.server.support.MutableClock;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The weekly digest by email, end to end on one node: the job claims the week at the company's moment,
 * a real SMTP server on loopback (GreenMail, in this JVM) receives one message per person, and the
 * message's one-click unsubscribe works without signing in.
 */
@DisplayName("Digest email: each person gets this week's new items they have not shared, with their own links; one-click unsubscribe")
class DigestEmailTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static Vertx vertx;
  private static MutableClock clock;
  private static GreenMail smtp;
  private static TestNode node;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    clock = new MutableClock(DigestWorld.START);
    int port = DigestWorld.freePort();
    smtp = DigestWorld.greenMail(port);
    node = TestNode.start(vertx, "digest_email", DigestWorld.smtp(port), clock);
  }

  @AfterAll
  static void stop() {
    node.close();
    smtp.stop();
    TestNode.await(vertx.close());
  }

  @Test
  @DisplayName("Ann gets the new items she has not shared, newest first, each as her tracked link; Ben also gets the one Ann shared; an inactive person gets nothing")
  void rightItemsForEachPerson() throws Exception {
    DigestWorld w = new DigestWorld(node, clock, "Right Items Co");
    long ann = w.person("Ann");
    long ben = w.person("Ben");
    long cid = w.person("Cid", "employee", false);
    long late = w.item("Approved yesterday", Duration.ofDays(20), null, "approved", Duration.ofHours(20));
    long shared = w.item("Shared by Ann", Duration.ofHours(30));
    long fresh = w.item("Fresh robots", Duration.ofHours(50));
    long hostile = w.item("<img src=x onerror=alert(1)> & co", Duration.ofHours(70));
    long old = w.item("Old news", Duration.ofDays(10));
    long expired = w.item("Expired", Duration.ofHours(30), Duration.ofMinutes(1), "approved", null);
    long future = w.item("Next week", Duration.ofHours(-48));
    long draft = w.item("Draft", Duration.ofHours(30), null, "draft", null);
    w.share(ann, shared);

    run(node);
    assertEquals(0, w.count("SELECT count(*) FROM digest_week WHERE company_id = ?", w.companyId),
        "not yet the company's moment");
    w.reachSendTime();
    run(node);
    assertEquals(1, w.count("SELECT count(*) FROM digest_week WHERE company_id = ?", w.companyId));

    List<MimeMessage> toAnn = w.mailTo(smtp, ann);
    List<MimeMessage> toBen = w.mailTo(smtp, ben);
    assertEquals(1, toAnn.size());
    assertEquals(1, toBen.size());
    assertEquals(0, w.mailTo(smtp, cid).size(), "an inactive person gets no digest");
    assertEquals(2, w.mail(smtp).size());

    MimeMessage mail = toAnn.get(0);
    assertEquals("3 new posts to share from Right Items Co", mail.getSubject());
    assertEquals("Chorus <chorus@digest.example>", header(mail, "From"));
    String text = part(mail, "text/plain");
    String html = part(mail, "text/html");
    assertNotNull(text);
    assertNotNull(html);
    // Newest first; each link is Ann's own tracked link for the item, so its clicks count.
    int at = -1;
    for (long item : new long[] {late, fresh, hostile}) {
      String line = w.title(item) + "\n   About " + w.title(item) + "\n   " + node.node.publicUrl() + "/r/"
          + w.linkCode(ann, item);
      int found = text.indexOf(line);
      assertTrue(found > at, "in order, with Ann's link: " + w.title(item) + "\n" + text);
      at = found;
      assertTrue(html.contains("href=\"" + node.node.publicUrl() + "/r/" + w.linkCode(ann, item) + "\""));
    }
    for (long item : new long[] {shared, old, expired, future, draft}) {
      assertFalse(text.contains(w.title(item)), "not in Ann's digest: " + w.title(item));
    }
    // Library text is escaped in the HTML part; nothing is loaded from elsewhere.
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; co"));
    assertFalse(html.contains("src=\""));

    String benText = part(toBen.get(0), "text/plain");
    assertTrue(benText.contains(w.title(shared)), "Ben has not shared it: " + benText);
    assertTrue(toBen.get(0).getSubject().startsWith("4 new posts"));

    // The same Message-ID on every attempt of this delivery; RFC 8058 one-click unsubscribe headers.
    assertEquals("<digest." + w.companyId + "." + w.weekKey() + "." + ann + "@digest.example>",
        header(mail, "Message-ID"));
    assertEquals("List-Unsubscribe=One-Click", header(mail, "List-Unsubscribe-Post"));
    assertTrue(header(mail, "List-Unsubscribe").matches("<" + node.node.publicUrl()
        + "/digest/unsubscribe/" + ann + "\\.[A-Za-z0-9_-]{22}>"), header(mail, "List-Unsubscribe"));
    assertEquals("auto-generated", header(mail, "Auto-Submitted"));

    // A click on a link in the digest reaches the item and is counted as a click on Ann's link.
    HttpResponse<String> click = HTTP.send(HttpRequest.newBuilder(
        URI.create(node.node.publicUrl() + "/r/" + w.linkCode(ann, fresh))).GET()
        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(302, click.statusCode());
    assertEquals(w.url(fresh), click.headers().firstValue("Location").orElse(null));
    assertEquals(1, w.count("SELECT count(*) FROM link_click WHERE code = ?", w.linkCode(ann, fresh)));

    // Every node's later runs this week send nothing more.
    clock.advance(Duration.ofHours(3));
    run(node);
    assertEquals(1, w.count("SELECT count(*) FROM digest_week WHERE company_id = ?", w.companyId));
    assertEquals(2, w.mail(smtp).size());
    assertEquals(2, w.count("SELECT count(*) FROM digest_delivery WHERE company_id = ? AND state = 'sent' "
        + "AND attempts = 1", w.companyId));
  }

  @Test
  @DisplayName("The email's one-click unsubscribe (a POST, no sign-in) stops the next digest; a second click changes nothing; opening the link only asks")
  void oneClickUnsubscribe() throws Exception {
    DigestWorld w = new DigestWorld(node, clock, "Unsubscribe Co");
    long ann = w.person("Ann");
    long ben = w.person("Ben");
    w.item("First week's news", Duration.ofHours(5));
    w.reachSendTime();
    run(node);
    MimeMessage mail = w.mailTo(smtp, ann).get(0);
    String header = header(mail, "List-Unsubscribe");
    String link = header.substring(1, header.length() - 1);
    assertTrue(part(mail, "text/plain").contains("Unsubscribe: " + link));

    // Opening the link (what a mail scanner does) unsubscribes no one.
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Stop the weekly digest?"));
    assertTrue(page.body().contains("<form method=\"post\""));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    assertEquals(0, w.count("SELECT count(*) FROM digest_opt_out WHERE employee_id = ?", ann));

    // The mail client's one-click request (RFC 8058), twice.
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> done = HTTP.send(HttpRequest.newBuilder(URI.create(link))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, done.statusCode());
      assertTrue(done.body().contains("You are unsubscribed"));
      assertTrue(done.body().contains("a•••@"), "the address is shown masked");
    }
    assertEquals(1, w.count("SELECT count(*) FROM digest_opt_out WHERE employee_id = ? AND how = 'link'", ann));

    // Signed in, Ann sees the choice.
    Api.Reply me = node.api.get("/api/digest/me", node.signIn(w.email(ann)));
    assertEquals(new JsonObject().put("email", false), me.json());

    // A link with another person's id, or a changed signature, is not known.
    String token = link.substring(link.lastIndexOf('/') + 1);
    String sig = token.substring(token.indexOf('.'));
    for (String forged : List.of(ben + sig, ann + "." + "A".repeat(22), "x", ann + sig + "A")) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(node.node.publicUrl()
          + "/digest/unsubscribe/" + forged)).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(404, r.statusCode(), forged);
    }
    assertEquals(0, w.count("SELECT count(*) FROM digest_opt_out WHERE employee_id = ?", ben));

    // Next week: a new item; Ben gets it, Ann does not.
    clock.advance(Duration.ofDays(7));
    w.item("Second week's news", Duration.ofHours(1));
    run(node);
    assertEquals(2, w.count("SELECT count(*) FROM digest_week WHERE company_id = ?", w.companyId));
    assertEquals(2, w.mailTo(smtp, ben).size());
    assertEquals(1, w.mailTo(smtp, ann).size(), "no digest after unsubscribing");

    // Subscribing again from the page works the same way.
    HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(link.replace("/unsubscribe/", "/subscribe/")))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, again.statusCode());
    assertEquals(0, w.count("SELECT count(*) FROM digest_opt_out WHERE employee_id = ?", ann));
  }

  @Test
  @DisplayName("A person who unsubscribes after the week was claimed but before the email went out is skipped")
  void unsubscribedBeforeSending() {
    DigestWorld w = new DigestWorld(node, clock, "Late Opt Out Co");
    long ann = w.person("Ann");
    w.item("News", Duration.ofHours(5));
    w.reachSendTime();
    // The week is claimed, the deliveries planned; the opt-out lands before any node sends.
    TestNode.await(node.node.services().digests().plan());
    String token = TestNode.await(node.node.services().digests().links()).token(ann);
    node.api.post("/digest/unsubscribe/" + token, null, "List-Unsubscribe=One-Click",
        "application/x-www-form-urlencoded");
    run(node);
    assertEquals(0, w.mailTo(smtp, ann).size());
    assertEquals("skipped", node.sql.text("SELECT state FROM digest_delivery WHERE employee_id = ?", ann));
  }

  @Test
  @DisplayName("Webhook addresses that are not https to a public host are refused (422, field named) and nothing is saved; a public https one is kept")
  void badWebhookAddressesRefused() {
    DigestWorld w = new DigestWorld(node, clock, "Bad Hooks Co");
    String token = node.signIn(w.email(w.person("Liga", "liaison", true)));
    for (String url : List.of("http://hooks.example.com/services/x", "https://127.0.0.1/hook", "https://localhost:8443/h",
        "https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data/", "https://192.168.1.10/x",
        "https://[::1]/x", "https://[fd12::1]/x", "https://2130706433/x", "https://intranet/x",
        "https://user:pw@hooks.example.com/x", "javascript:alert(1)", "hooks.example.com/x")) {
      Api.Reply r = node.api.putJson("/api/digest/settings", token, new JsonObject().put("enabled", true).put("day", 2)
          .put("time", "08:00").put("webhookUrl", url).encode());
      assertEquals(422, r.status(), url);
      assertEquals("webhook_url_refused", r.errorCode(), url);
      assertEquals("webhookUrl", r.json().getJsonObject("error").getString("field"), url);
      Api.Reply test = node.api.postJson("/api/digest/test", token, new JsonObject().put("webhookUrl", url).encode());
      assertEquals(422, test.status(), url);
    }
    assertEquals(0, w.count("SELECT count(*) FROM digest_settings WHERE company_id = ? AND (webhook_url IS NOT NULL "
        + "OR send_day = 2)", w.companyId));

    Api.Reply bad = node.api.putJson("/api/digest/settings", token, new JsonObject().put("enabled", true).put("day", 8)
        .put("time", "25:00").encode());
    assertEquals(400, bad.status());
    assertEquals("day", bad.json().getJsonObject("error").getString("field"));

    Api.Reply ok = node.api.putJson("/api/digest/settings", token, new JsonObject().put("enabled", true).put("day", 2)
        .put("time", "08:00").put("webhookUrl", "https://hooks.example.com/services/T1/B2/abcdefgh1234").encode());
    assertEquals(200, ok.status(), ok.text());
    assertEquals("https://hooks.example.com/services/…1234", ok.json().getString("webhook"));
    assertEquals("https://hooks.example.com/services/T1/B2/abcdefgh1234",
        node.sql.text("SELECT webhook_url FROM digest_settings WHERE company_id = ?", w.companyId));
  }
}
