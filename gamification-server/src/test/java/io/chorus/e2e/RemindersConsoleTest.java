package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The console's Reminders page in real Chromium against a node that mails through a real SMTP server on
 * loopback (GreenMail) and may post to a webhook receiver on loopback (the test-only setting): a liaison
 * sees the schedule and this week's preview (a hostile title as text), has a plain-http webhook refused
 * next to its field, saves a real one (then shown masked), sends a test to their inbox and the webhook,
 * and after a digest went out sees how the week went.
 */
@DisplayName("The console's Reminders page, in Chromium")
class RemindersConsoleTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String HOSTILE = "<img src=x onerror=alert(1)> robots";

  private static Vertx vertx;
  private static GreenMail smtp;
  private static HttpServer receiver;
  private static final List<JsonObject> POSTS = new CopyOnWriteArrayList<>();
  private static TestNode node;
  private static FixtureSites sites;
  private static ChromiumWithExtension browser;
  private static final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> browser);

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    receiver = TestNode.await(vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
      POSTS.add(new JsonObject(body.toString()));
      req.response().end("ok");
    })).listen(0, "127.0.0.1"));
    node = TestNode.start(vertx, "reminders_console", Map.of("CHORUS_SMTP_HOST", "127.0.0.1",
        "CHORUS_SMTP_PORT", String.valueOf(port), "CHORUS_SMTP_STARTTLS", "disabled",
        "CHORUS_SMTP_FROM", "Acme Chorus <chorus@acme.example>", "CHORUS_WEBHOOK_ALLOW_LOOPBACK", "true",
        "CHORUS_DIGEST_TICK_SECONDS", "0"));
    node.sql.update("INSERT INTO content (company_id, title, url, status, publish_at) SELECT id, ?, "
        + "'https://acme.example/news/hostile', 'approved', now() - interval '1 hour' FROM company WHERE slug = 'acme'",
        HOSTILE);
    node.sql.update("INSERT INTO content_variant (content_id, network, text) SELECT id, 'linkedin', 'Read it' "
        + "FROM content WHERE title = ?", HOSTILE);
    sites = FixtureSites.start();
    browser = ChromiumWithExtension.launch(sites, UnpackedExtension.copyFromClasspath());
    browser.context().addInitScript("window.__csp = []; document.addEventListener('securitypolicyviolation',"
        + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
    browser.context().onPage(p -> p.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    }));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    ChromiumWithExtension.closeBoth(browser, sites);
    node.close();
    smtp.stop();
    TestNode.await(receiver.close());
    TestNode.await(vertx.close());
  }

  private static Locator field(Page page, String name) {
    return page.locator(".field").filter(new Locator.FilterOptions().setHas(page.locator("[name=" + name + "]")));
  }

  @Test
  @DisplayName("Schedule, preview, a refused and a saved webhook (masked), a test send to inbox and webhook, and last week's digest")
  void reminders() throws Exception {
    Page page = browser.open(node.url() + "/console");
    page.locator("input[name=email]").fill("liga@acme.example");
    page.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    page.locator("button[type=submit]").click();
    assertThat(page.locator(".page-title")).hasText("Contests");
    page.locator("a.nav-link[href='#reminders']").click();
    assertThat(page.locator(".page-title")).hasText("Reminders");

    // The defaults: on, Monday 09:00 in the company's zone; email through this server.
    assertThat(page.locator("input[name=enabled]")).isChecked();
    assertThat(page.locator("select[name=day]")).hasValue("1");
    assertThat(page.locator("input[name=time]")).hasValue("09:00");
    assertThat(page.locator(".digest-status")).containsText("Email: sent through this server's SMTP server.");
    // This week's items so far, library text as text.
    Locator items = page.locator(".preview-items li");
    assertThat(items.filter(new Locator.FilterOptions().setHasText(HOSTILE))).hasCount(1);
    assertThat(page.locator(".preview .muted")).containsText("people get the email");

    // A plain-http webhook is refused next to its field and nothing is saved.
    page.locator("input[name=webhookUrl]").fill("http://hooks.example.com/services/T1/B2/abc");
    page.locator("button:has-text('Save')").click();
    assertThat(field(page, "webhookUrl").locator(".field-error")).containsText("must start with https://");
    assertEquals(0, node.sql.number("SELECT count(*) FROM digest_settings WHERE webhook_url IS NOT NULL"));

    // A real one (on loopback, allowed here for the test), Friday 16:30: saved, then shown masked.
    String hook = "http://127.0.0.1:" + receiver.actualPort() + "/services/T0001/B0002/verysecretWXYZ";
    page.locator("input[name=webhookUrl]").fill(hook);
    page.locator("select[name=day]").selectOption("5");
    page.locator("input[name=time]").fill("16:30");
    page.locator("button:has-text('Save')").click();
    assertThat(page.locator(".notice")).hasText("Reminders saved.");
    assertThat(page.locator(".webhook-saved")).containsText("/services/\u2026WXYZ");
    assertFalse(page.locator(".card.form").innerText().contains("verysecret"), "the secret part is never shown");
    assertThat(page.locator("input[name=webhookUrl]")).hasValue("");
    assertThat(page.locator(".digest-status")).containsText("Next digest:");
    assertEquals(hook, node.sql.text("SELECT webhook_url FROM digest_settings"));
    assertEquals("5 16:30", node.sql.text("SELECT send_day || ' ' || to_char(send_time, 'HH24:MI') FROM digest_settings"));

    // A test: to the liaison's own inbox and to the saved webhook.
    page.locator("button:has-text('Send a test')").click();
    assertThat(page.locator(".test-result--sent")).hasCount(2);
    assertThat(page.locator(".test-results")).containsText("Email: sent. Sent to liga@acme.example.");
    MimeMessage[] mail = smtp.getReceivedMessages();
    assertEquals(1, mail.length);
    assertTrue(mail[0].getSubject().startsWith("[Test] "), mail[0].getSubject());
    assertEquals(1, POSTS.size());
    assertTrue(POSTS.get(0).getString("text").contains("&lt;img src=x onerror=alert(1)&gt; robots"));
    shot(page, "reminders");

    // The digest goes out (its moment set to a minute ago, the job run as a node's timer runs it).
    ZoneId zone = ZoneId.of(node.sql.text("SELECT time_zone FROM company WHERE slug = 'acme'"));
    ZonedDateTime before = Instant.now().minusSeconds(60).atZone(zone);
    node.sql.update("UPDATE digest_settings SET send_day = ?, send_time = ?::time", before.getDayOfWeek().getValue(),
        String.format("%02d:%02d", before.getHour(), before.getMinute()));
    TestNode.await(node.node.services().digests().runOnce());
    long people = node.sql.number("SELECT count(*) FROM digest_delivery WHERE channel = 'email' AND state = 'sent'");
    assertTrue(people > 0);
    page.reload();
    Locator week = page.locator(".row[data-week]");
    assertThat(week).hasCount(1);
    assertThat(week.locator(".row-meta").first()).hasText(people + " of " + people + " emails sent");
    assertThat(week).containsText("Webhook: posted");
    shot(page, "reminders-sent");

    assertEquals(List.of(), dialogs, "no dialog: nothing on the page ran as script");
    assertEquals(List.of(), page.evaluate("window.__csp"), "no Content-Security-Policy violation");
    assertEquals(List.of(), browser.errors(), "no uncaught error");
    assertEquals(0, page.locator("img").count(), "no element made of library text");
  }

  private static void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("console-" + name + ".png")));
  }
}
