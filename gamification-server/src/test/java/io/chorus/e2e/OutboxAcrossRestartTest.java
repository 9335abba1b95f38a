package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.chorus.e2e.SignedInChorus.card;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox's promise, end to end: a share posted while the server is down is kept in the extension's
 * storage, survives Chromium closing and starting again on the same profile, and is counted once when
 * the server is back (a new node on the same port, database and token key, as after a restart).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A report made while the server is down arrives once after it returns, across a browser restart")
class OutboxAcrossRestartTest {
  private static final String SANNE = "sanne@acme.example";
  private static final String OUTBOX = "() => new Promise(r => chrome.storage.local.get('outbox', i => r((i.outbox || []).length)))";

  private TestNode first;
  private TestNode second;
  private FixtureSites sites;
  private ChromiumWithExtension browser;

  @AfterEach
  void stop() {
    try {
      ChromiumWithExtension.closeBoth(browser, sites);
    } finally {
      if (second != null) {
        second.stopNode();
      }
      if (first != null) {
        first.close();
      }
    }
  }

  @Test
  @DisplayName("Posted on X while the server is down: 'Kept', nothing counted; browser closed; server back; browser started again: counted once, outbox empty, and a cold worker sends nothing more")
  void keptReportArrivesOnceAfterRestart(Vertx vertx) throws IOException {
    int port = freePort();
    first = TestNode.start(vertx, "outbox_restart", Map.of("CHORUS_HTTP_PORT", String.valueOf(port)));
    long id = first.sql.number("INSERT INTO content (company_id, title, summary, url, status, hashtags, publish_at) "
        + "SELECT id, 'Kept through a restart', 'A test item.', 'https://acme.example/test/kept', 'approved', '{}', "
        + "now() - interval '1 minute' FROM company ORDER BY id LIMIT 1 RETURNING id");
    first.sql.number("INSERT INTO content_variant (content_id, network, text) VALUES (?, 'x', "
        + "'Kept in the outbox until the server answers.') RETURNING content_id", id);
    Path extension = UnpackedExtension.copyFromClasspath();
    Path profile = Files.createTempDirectory("chorus-profile-kept");
    sites = FixtureSites.start();
    browser = ChromiumWithExtension.launchIn(sites, extension, null, profile);
    SignedInChorus.signIn(browser, first.url(), SANNE);

    Page page = browser.open("https://x.com/home");
    card(page, "Kept through a restart").locator("[data-chorus=share]").click();
    page.waitForFunction("() => window.__fixture.models().some(m => m.text.includes('/r/'))");
    first.stopNode();
    page.getByTestId("tweetButtonInline").click();
    assertThat(page.locator("#chorus-panel .status")).containsText("Kept");
    String counted = "SELECT count(*) FROM share WHERE employee_id = ? AND content_id = ?";
    long sanne = first.employeeId(SANNE);
    assertEquals(0, first.sql.number(counted, sanne, id));
    browser.close();
    browser = null;

    second = TestNode.join(vertx, first, Map.of("CHORUS_HTTP_PORT", String.valueOf(port)), Clock.systemUTC());
    browser = ChromiumWithExtension.launchIn(sites, extension, null, profile);
    // Nothing is opened: the worker, woken as the browser starts, sends what it kept.
    browser.context().waitForCondition(() -> first.sql.number(counted, sanne, id) == 1,
        new BrowserContext.WaitForConditionOptions().setTimeout(90_000));
    Page popup = browser.openExtensionPage("popup.html");
    popup.waitForFunction(OUTBOX.replace("r((i.outbox || []).length)", "r((i.outbox || []).length === 0)"));
    browser.stopServiceWorker();
    popup.reload();
    assertEquals(0, ((Number) popup.evaluate(OUTBOX)).intValue());
    assertEquals(1, first.sql.number(counted, sanne, id), "counted once");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
