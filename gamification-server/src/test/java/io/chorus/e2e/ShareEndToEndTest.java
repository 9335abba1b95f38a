package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * suggestion on LinkedIn (and X) → Share prefills the site's own composer with Jānis's tracked link →
 * Post → the worker reports → the office screen, open in another tab, shows the new score without a
 * reload; the popup shows the badge and streak the share earned, and gives a kudos that the screen's
 * feed shows. One ordered scenario. Scores are checked against the ledger, not hard-coded: the
 * company's rules (fresh and own-words bonuses) decide them.
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("One share travels from a LinkedIn or X page to the office screen")
class ShareEndToEndTest {
  private static final String RIGA_LAB = "Acme opens its robotics lab in Riga";
  private static final double TWO_SECONDS = 2_000;
  /** Pictures for the README (copied to docs/ by hand, so a test run never edits tracked files). */
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String KUDOS_MESSAGE = "Thanks for showing the Riga lab to our customers!";

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

  /** What the board must show for Jānis this week: his demo history is older, so it is the last hour's ledger. */
  private static String weekPoints() {
    return String.valueOf(node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry "
        + "WHERE employee_id = ? AND contest_id IS NULL AND created_at > now() - interval '1 hour'", janis));
  }

  private static long shares(String network) {
    return node.sql.number("SELECT count(*) FROM share WHERE employee_id = ? AND network = ? "
        + "AND shared_at > now() - interval '1 hour'", janis, network);
  }

  /** Jānis's own tracked link for an item on a network, which the prefilled post carries instead of the item's URL. */
  private static String trackedLink(String title, String network) {
    return "/r/" + node.sql.text("SELECT code FROM tracked_link WHERE employee_id = ? AND content_id = ? AND network = ?",
        janis, node.contentId(title), network);
  }

  /**
   * After Post: once the share is in the database (it had {@code before} on that network), the screen
   * shows the ledger's week total for Jānis, all within two seconds of {@code posted}.
   */
  private static void screenShowsTheShareWithin2s(Page page, long posted, String network, long before) {
    page.waitForCondition(() -> shares(network) > before, new Page.WaitForConditionOptions().setTimeout(TWO_SECONDS));
    assertThat(screenScore()).hasText(weekPoints(), new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
    assertTrue(System.nanoTime() - posted < 2_000_000_000L, "within two seconds of Post");
    assertEquals("still here", screen.evaluate("() => window.__noReload"), "the screen did not reload");
  }

  private static Locator screenScore() {
    return screen.locator("li[data-employee='" + janis + "'] .row-points");
  }

  private static Locator standing(Page popup, String scope, String period) {
    return popup.locator(".standings tr[data-scope=" + scope + "] td[data-period=" + period + "]");
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
    assertThat(standing(popup, "points", "week")).hasText("0");
    assertThat(standing(popup, "points", "all")).hasText("10");
    assertThat(standing(popup, "company", "week")).hasText("\u2013");
    assertThat(popup.locator(".standings tr[data-scope=office] th")).hasText("Riga");
    assertThat(popup.locator(".standings tr[data-scope=team] th")).hasText("Engineering");
    assertThat(popup.locator(".streak")).hasText(Pattern.compile("Share this week to (keep your 1-week streak|start a streak)"));
    assertThat(popup.locator(".badges-none")).isVisible();
    assertThat(popup.locator(".badges-locked li")).hasCount(13);
    assertThat(popup.locator(".kudos-left")).hasText("5 left this week");

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

    String link = trackedLink(RIGA_LAB, "linkedin");
    page.waitForFunction("link => (window.__fixture.composerText() || '').includes(link)", link);
    String composed = (String) page.evaluate("() => window.__fixture.composerText()");
    assertTrue(composed.startsWith("Our new robotics lab in Riga opens this week"), composed);
    assertFalse(composed.contains("https://acme.example/news/riga-robotics-lab"),
        "the post carries Jānis's tracked link instead of the item's address: " + composed);
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
  @DisplayName("Posting on LinkedIn reports the share: the screen shows Jānis's new score within 2 s, no reload; the panel names the points and the first badge")
  void linkedInPostReachesTheScreen() {
    Page page = browser.context().pages().stream().filter(p -> p.url().contains("linkedin.com")).findFirst().orElseThrow();

    long posted = System.nanoTime();
    page.locator("button.share-actions__primary-action").click();

    screenShowsTheShareWithin2s(page, posted, "linkedin", 0);
    String postUrl = (String) page.evaluate("() => window.__fixture.posts[0].url");
    assertEquals(postUrl, node.sql.text("SELECT post_url FROM share WHERE employee_id = ? AND network = 'linkedin' "
        + "AND content_id = ?", janis, node.contentId(RIGA_LAB)));
    assertThat(page.locator("#chorus-panel .status")).hasText(Pattern.compile(
        "Shared! \\+" + points("linkedin") + " points \u2014 First share! · #\\d+ this week"));
    // The badge's picture, drawn inline from the extension's own SVG (no emoji font, no web-accessible file).
    Locator picture = page.locator("#chorus-panel .status svg.badge-icon[aria-label='First share']");
    assertThat(picture).isVisible();
    assertTrue(((Number) picture.evaluate("svg => svg.getBoundingClientRect().width")).doubleValue() > 10);
    assertThat(screen.locator("li[data-employee='" + janis + "'] .row-badge[data-badge=first-share]")).isVisible();
  }

  @Test
  @Order(4)
  @DisplayName("The popup shows the share's points and ranks, the First share badge (its picture, title and date), the streak, and every badge as a decoded picture")
  void popupShowsBadgeAndStreak() {
    Page popup = browser.openExtensionPage("popup.html");

    assertThat(standing(popup, "points", "week")).hasText(weekPoints());
    assertThat(standing(popup, "company", "week")).hasText(Pattern.compile("#\\d+"));
    assertThat(standing(popup, "office", "week")).hasText(Pattern.compile("#\\d+"));
    assertThat(standing(popup, "team", "week")).hasText(Pattern.compile("#\\d+"));
    Locator badge = popup.locator(".badges-earned .badge[data-badge=first-share]");
    assertThat(badge.locator(".badge-icon img[data-badge=first-share]")).isVisible();
    assertThat(badge.locator(".badge-title")).hasText("First share");
    assertThat(badge).hasAttribute("title", Pattern.compile("Shared approved content for the first time\\. Earned .+\\."));
    assertThat(badge.locator(".badge-date")).not().isEmpty();
    assertThat(popup.locator(".badges-locked li[data-badge=first-share]")).hasCount(0);
    assertThat(popup.locator(".streak")).hasText(Pattern.compile("[12]-week streak"));
    assertThat(popup.locator(".streak img.badge-img[data-badge=streak-4]")).isVisible();

    // Every badge, earned or still to earn, is a picture shipped with the extension, decoded.
    Locator pictures = popup.locator(".badges img.badge-img");
    assertThat(pictures).hasCount(io.chorus.shared.badges.Badge.values().length);
    popup.waitForFunction("() => [...document.querySelectorAll('img')].every(i => i.complete)");
    assertEquals(0, ((Number) popup.evaluate("() => [...document.querySelectorAll('img')]"
        + ".filter(i => i.naturalWidth === 0).length")).intValue(), "no broken picture in the popup");
    assertEquals(java.util.Arrays.stream(io.chorus.shared.badges.Badge.values()).map(b -> b.id()).sorted().toList(),
        pictures.evaluateAll("imgs => imgs.filter(i => i.naturalWidth > 0 && i.getBoundingClientRect().width > 0)"
            + ".map(i => i.dataset.badge).sort()"));
  }

  @Test
  @Order(5)
  @DisplayName("The popup gives Sanne a kudos: it says so, the budget drops to 4, the office screen's feed shows it within 2 s; a spent budget is refused plainly")
  void popupGivesKudos() throws Exception {
    Page popup = browser.openExtensionPage("popup.html");
    long sanne = node.employeeId("sanne@acme.example");
    popup.locator(".kudos summary").click();
    popup.locator("select[name=colleague]").selectOption(String.valueOf(sanne));
    popup.locator("select[name=value]").selectOption("One team");
    popup.locator("textarea[name=message]").fill(KUDOS_MESSAGE);
    assertThat(popup.locator(".counter")).hasText(KUDOS_MESSAGE.length() + " / 280");

    long sent = System.nanoTime();
    popup.locator(".kudos-form button[type=submit]").click();

    assertThat(screen.locator(".feed-list .feed-item--kudos").first().locator(".feed-line")).hasText(
        "Jānis Bērziņš → Sanne de Vries One team: \u2018" + KUDOS_MESSAGE + "\u2019",
        new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
    assertTrue(System.nanoTime() - sent < 2_000_000_000L, "within two seconds of Send");
    assertThat(popup.locator(".kudos-form .status")).hasText("Kudos sent to Sanne de Vries");
    assertThat(popup.locator(".kudos-form .status img.kudos-mark")).isVisible();
    assertThat(popup.locator(".kudos-left")).hasText("4 left this week");
    assertThat(popup.locator("textarea[name=message]")).hasValue("");
    String given = "SELECT count(*) FROM kudos WHERE giver_id = ?";
    assertEquals(1, node.sql.number(given, janis));
    popup.locator("body").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("popup.png")));

    // The rest of this week's budget used up elsewhere (say, on another device): the next one is refused.
    node.sql.update("UPDATE kudos_week SET given = 5 WHERE giver_id = ?", janis);
    popup.locator("select[name=colleague]").selectOption(String.valueOf(sanne));
    popup.locator("select[name=value]").selectOption("Customers first");
    popup.locator("textarea[name=message]").fill("And for the coffee.");
    popup.locator(".kudos-form button[type=submit]").click();

    assertThat(popup.locator(".kudos-form .status"))
        .hasText("You have given all your kudos for this week. More on Monday.");
    assertThat(popup.locator(".kudos-left")).hasText("none left this week");
    assertThat(popup.locator(".kudos-form button[type=submit]")).isDisabled();
    assertEquals(1, node.sql.number(given, janis), "nothing more was given");
  }

  @Test
  @Order(6)
  @DisplayName("On X, Share fills the Draft.js editor's own model (innerHTML would be reverted); Post reaches the screen")
  void xShareReachesTheScreen() {
    Page page = browser.open("https://x.com/home");
    Locator riga = card(page, RIGA_LAB);
    riga.locator("[data-chorus=share]").click();

    page.waitForFunction("link => window.__fixture.models().some(m => m.text.includes(link))", trackedLink(RIGA_LAB, "x"));
    assertEquals(0, ((Number) page.evaluate("() => window.__fixture.reverted")).intValue(), "no DOM write was thrown away");
    Locator post = page.locator("[data-testid=tweetButtonInline]");
    assertThat(post).isEnabled();

    long posted = System.nanoTime();
    post.click();

    screenShowsTheShareWithin2s(page, posted, "x", 0);
    String postUrl = (String) page.evaluate("() => window.__fixture.posts[0].url");
    assertTrue(postUrl.matches("https://x\\.com/chorus_advocate/status/\\d{19}"), postUrl);
    assertEquals(postUrl, node.sql.text("SELECT post_url FROM share WHERE employee_id = ? AND network = 'x'", janis));
    assertThat(page.locator("#chorus-panel .status")).containsText("Shared!");
  }

  @Test
  @Order(7)
  @DisplayName("A post X says failed is not counted; posting it again counts it once")
  void failedPostIsNotCounted() {
    Page page = browser.context().pages().stream().filter(p -> p.url().startsWith("https://x.com")).findFirst().orElseThrow();
    page.reload();
    Locator hiring = card(page, "We're hiring in Amsterdam and Milan");
    hiring.locator("[data-chorus=share]").click();
    page.waitForFunction("link => window.__fixture.models().some(m => m.text.includes(link))",
        trackedLink("We're hiring in Amsterdam and Milan", "x"));
    page.evaluate("() => { window.__fixture.failNextPost = true; }");
    long onX = points("x");

    page.locator("[data-testid=tweetButtonInline]").click();

    assertThat(page.locator("#chorus-panel .status")).containsText("failed");
    assertEquals(onX, points("x"), "nothing counted for the failed post");
    assertEquals(1, shares("x"));

    long posted = System.nanoTime();
    page.locator("[data-testid=tweetButtonInline]").click();

    assertThat(page.locator("#chorus-panel .status")).containsText("Shared!");
    assertTrue(points("x") > onX, "counted once posted");
    screenShowsTheShareWithin2s(page, posted, "x", 1);
  }

  @Test
  @Order(8)
  @DisplayName("After Chrome stops the idle worker, a share still reaches the server (cold start)")
  void coldWorkerStillReports() {
    browser.stopServiceWorker();
    Page page = browser.open("https://www.linkedin.com/feed/");
    card(page, "We're hiring in Amsterdam and Milan").locator("[data-chorus=share]").click();
    page.waitForFunction("link => (window.__fixture.composerText() || '').includes(link)",
        trackedLink("We're hiring in Amsterdam and Milan", "linkedin"));
    // The panel has counted the draft (its last message to the worker): the worker is idle when stopped.
    assertThat(page.locator("#chorus-panel .composing")).containsText("characters left");
    browser.stopServiceWorker();

    long posted = System.nanoTime();
    page.locator("button.share-actions__primary-action").click();

    screenShowsTheShareWithin2s(page, posted, "linkedin", 1);
    assertThat(page.locator("#chorus-panel .status")).hasText(Pattern.compile("Shared! \\+\\d+ points? .*#\\d+ this week"));
    assertTrue(browser.errors().isEmpty(), "no uncaught errors in any page: " + browser.errors());
  }

  @Test
  @Order(9)
  @DisplayName("A share posted after the session was revoked waits in the outbox and is counted once Jānis signs in again")
  void keptReportIsCountedAfterSigningInAgain() {
    Page page = browser.open("https://x.com/home");
    Locator kuala = card(page, "How Kuala Lumpur cut delivery times by 30%");
    assertThat(kuala).isVisible();
    // Signed out everywhere (say, from another device) while the page was open.
    node.api.postJson("/api/auth/sign-out-everywhere", node.signIn("janis@acme.example"), "{}");
    kuala.locator("[data-chorus=share]").click();
    page.waitForFunction("link => window.__fixture.models().some(m => m.text.includes(link))",
        trackedLink("How Kuala Lumpur cut delivery times by 30%", "x"));

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

    page.waitForCondition(() -> node.sql.number(counted, janis, kl) == 1);
    assertThat(screenScore()).hasText(weekPoints(), new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
    assertEquals(1, node.sql.number(counted, janis, kl));
  }
}
