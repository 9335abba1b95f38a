package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The whole loop in real Chromium with the built extension: options → sign-in in the popup → a
 * suggestion on LinkedIn (and X) → Share prefills the site's own composer → Post → the worker reports
 * → the office screen, open in another tab, shows the new score without a reload. One ordered scenario.
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("One share travels from a LinkedIn or X page to the office screen")
class ShareEndToEndTest {
  private static final String RIGA_LAB = "Acme opens its robotics lab in Riga";
  private static final String RIGA_LAB_URL = "https://acme.example/news/riga-robotics-lab";
  private static final double TWO_SECONDS = 2_000;
  /** Pictures for the README (copied to docs/ by hand, so a test run never edits tracked files). */
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static TestNode node;
  private static FixtureSites sites;
  private static ChromiumWithExtension browser;
  private static Page screen;
  private static long janis;

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> browser);

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "end_to_end");
    janis = node.employeeId("janis@acme.example");
    sites = FixtureSites.start();
    Path extension = UnpackedExtension.copyFromClasspath();
    browser = ChromiumWithExtension.launch(sites, extension);
  }

  @AfterAll
  static void stop() {
    ChromiumWithExtension.closeBoth(browser, sites);
    node.close();
  }

  private static long points(String network) {
    return node.sql.number("SELECT coalesce(sum(l.points), 0) FROM ledger_entry l JOIN share s ON s.id = l.share_id "
        + "WHERE s.employee_id = ? AND s.network = ? AND l.created_at > now() - interval '1 hour'", janis, network);
  }

  private static Locator screenScore() {
    return screen.locator("li[data-employee='" + janis + "'] .row-points");
  }

  private static Locator card(Page page, String title) {
    return page.locator("#chorus-panel li.card").filter(new Locator.FilterOptions().setHasText(title));
  }

  @Test
  @Order(1)
  @DisplayName("The options page points the extension at the server, the popup signs Jānis in, the screen opens")
  void setUp() {
    Page options = browser.openExtensionPage("options.html");
    options.locator("input[name=serverUrl]").fill(node.url());
    options.locator("button[type=submit]").click();
    assertThat(options.locator(".status")).containsText("Saved");

    Page popup = browser.openExtensionPage("popup.html");
    popup.locator("input[name=email]").fill("janis@acme.example");
    popup.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    popup.locator("button[type=submit]").click();
    assertThat(popup.locator(".who")).containsText("Jānis Bērziņš");
    assertThat(popup.locator(".stat[data-period=week] .points")).hasText("0");
    assertThat(popup.locator(".stat[data-period=all] .points")).hasText("10");

    screen = browser.open(node.url() + "/screen#t=" + node.screenToken());
    assertThat(screen.locator("li[data-employee]").first()).isVisible();
    assertThat(screenScore()).hasCount(0);
    screen.evaluate("() => { window.__noReload = 'still here'; }");
  }

  @Test
  @Order(2)
  @DisplayName("On LinkedIn the panel suggests approved content; Share prefills the composer in LinkedIn's shadow root, not a comment box")
  void linkedInShareButtonPrefillsTheComposer() {
    Page page = browser.open("https://www.linkedin.com/feed/");
    Locator riga = card(page, RIGA_LAB);
    assertThat(riga).isVisible();
    assertThat(page.locator("#chorus-panel li.card")).not().hasCount(0);
    assertThat(page.locator("#chorus-panel")).not().containsText("Q4 results preview");
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("linkedin-panel.png")));

    riga.locator("[data-chorus=share]").click();

    page.waitForFunction("url => (window.__fixture.composerText() || '').includes(url)", RIGA_LAB_URL);
    String composed = (String) page.evaluate("() => window.__fixture.composerText()");
    assertTrue(composed.startsWith("Our new robotics lab in Riga opens this week"), composed);
    assertTrue(composed.contains("#AcmeEmployee #WorkSomewhereYouLove"), composed);
    assertThat(page.locator("button.share-actions__primary-action")).isEnabled();
    assertEquals(0, ((Number) page.evaluate("() => window.__fixture.comments.length")).intValue());
    assertEquals("", page.evaluate("() => [...document.querySelectorAll('.comments-comment-box .ql-editor')]"
        + ".map(e => e.textContent).join('')"));
    assertThat(page.locator("#chorus-panel .status")).containsText("Ready in the composer");
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("linkedin-composer.png")));
  }

  @Test
  @Order(3)
  @DisplayName("Posting on LinkedIn reports the share: the screen shows Jānis's new score within 2 s, no reload")
  void linkedInPostReachesTheScreen() {
    Page page = browser.context().pages().stream().filter(p -> p.url().contains("linkedin.com")).findFirst().orElseThrow();

    long posted = System.nanoTime();
    page.locator("button.share-actions__primary-action").click();

    assertThat(screenScore()).hasText("10", new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
    assertTrue(System.nanoTime() - posted < 2_000_000_000L, "within two seconds of Post");
    assertEquals("still here", screen.evaluate("() => window.__noReload"), "the screen did not reload");
    String postUrl = (String) page.evaluate("() => window.__fixture.posts[0].url");
    assertEquals(postUrl, node.sql.text("SELECT post_url FROM share WHERE employee_id = ? AND network = 'linkedin' "
        + "AND content_id = ?", janis, node.contentId(RIGA_LAB)));
    assertEquals(10, points("linkedin"));
    assertThat(page.locator("#chorus-panel .status")).containsText("+10 points");
  }

  @Test
  @Order(4)
  @DisplayName("On X, Share fills the Draft.js editor's own model (innerHTML would be reverted); Post reaches the screen")
  void xShareReachesTheScreen() {
    Page page = browser.open("https://x.com/home");
    Locator riga = card(page, RIGA_LAB);
    riga.locator("[data-chorus=share]").click();

    page.waitForFunction("url => window.__fixture.models().some(m => m.text.includes(url))", RIGA_LAB_URL);
    assertEquals(0, ((Number) page.evaluate("() => window.__fixture.reverted")).intValue(), "no DOM write was thrown away");
    Locator post = page.locator("[data-testid=tweetButtonInline]");
    assertThat(post).isEnabled();

    long posted = System.nanoTime();
    post.click();

    assertThat(screenScore()).hasText("20", new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
    assertTrue(System.nanoTime() - posted < 2_000_000_000L, "within two seconds of Post");
    assertEquals("still here", screen.evaluate("() => window.__noReload"));
    String postUrl = (String) page.evaluate("() => window.__fixture.posts[0].url");
    assertTrue(postUrl.matches("https://x\\.com/chorus_advocate/status/\\d{19}"), postUrl);
    assertEquals(postUrl, node.sql.text("SELECT post_url FROM share WHERE employee_id = ? AND network = 'x'", janis));
    assertThat(page.locator("#chorus-panel .status")).containsText("Shared!");
  }

  @Test
  @Order(5)
  @DisplayName("A post X says failed is not counted; posting it again counts it once")
  void failedPostIsNotCounted() {
    Page page = browser.context().pages().stream().filter(p -> p.url().startsWith("https://x.com")).findFirst().orElseThrow();
    page.reload();
    Locator hiring = card(page, "We're hiring in Amsterdam and Milan");
    hiring.locator("[data-chorus=share]").click();
    page.waitForFunction("() => window.__fixture.models().some(m => m.text.includes('acme.example/careers'))");
    page.evaluate("() => { window.__fixture.failNextPost = true; }");

    page.locator("[data-testid=tweetButtonInline]").click();

    assertThat(page.locator("#chorus-panel .status")).containsText("failed");
    assertEquals(10, points("x"), "nothing counted for the failed post");

    page.locator("[data-testid=tweetButtonInline]").click();

    assertThat(page.locator("#chorus-panel .status")).containsText("Shared!");
    assertEquals(20, points("x"));
    assertThat(screenScore()).hasText("30", new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
  }

  @Test
  @Order(6)
  @DisplayName("After Chrome stops the idle worker, a share still reaches the server (cold start)")
  void coldWorkerStillReports() {
    browser.stopServiceWorker();
    Page page = browser.open("https://www.linkedin.com/feed/");
    card(page, "We're hiring in Amsterdam and Milan").locator("[data-chorus=share]").click();
    page.waitForFunction("() => (window.__fixture.composerText() || '').includes('acme.example/careers')");
    browser.stopServiceWorker();

    page.locator("button.share-actions__primary-action").click();

    assertThat(screenScore()).hasText("40", new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
    assertThat(page.locator("#chorus-panel .status")).hasText(Pattern.compile("Shared! \\+10 points · #\\d+ this week.*"));
    assertTrue(browser.errors().isEmpty(), "no uncaught errors in any page: " + browser.errors());
  }

  @Test
  @Order(7)
  @DisplayName("A share posted after the session was revoked waits in the outbox and is counted once Jānis signs in again")
  void keptReportIsCountedAfterSigningInAgain() {
    Page page = browser.open("https://x.com/home");
    Locator kuala = card(page, "How Kuala Lumpur cut delivery times by 30%");
    assertThat(kuala).isVisible();
    // Signed out everywhere (say, from another device) while the page was open.
    node.api.postJson("/api/auth/sign-out-everywhere", node.signIn("janis@acme.example"), "{}");
    kuala.locator("[data-chorus=share]").click();
    page.waitForFunction("() => window.__fixture.models().some(m => m.text.includes('kuala-lumpur-routing'))");

    page.locator("[data-testid=tweetButtonInline]").click();

    assertThat(page.locator("#chorus-panel .status")).containsText("Kept");
    long kl = node.contentId("How Kuala Lumpur cut delivery times by 30%");
    String counted = "SELECT count(*) FROM share WHERE employee_id = ? AND content_id = ?";
    assertEquals(0, node.sql.number(counted, janis, kl));

    // Token times have whole seconds: sign in again once the revocation's second has passed.
    page.waitForCondition(() -> node.sql.number(
        "SELECT (now() >= tokens_valid_after)::int FROM employee WHERE id = ?", janis) == 1);
    Page popup = browser.openExtensionPage("popup.html");
    popup.locator("input[name=email]").fill("janis@acme.example");
    popup.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    popup.locator("button[type=submit]").click();

    assertThat(screenScore()).hasText("50", new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
    assertEquals(1, node.sql.number(counted, janis, kl));
  }
}
