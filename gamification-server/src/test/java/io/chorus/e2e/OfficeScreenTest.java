package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.support.TestNode;
import io.chorus.shared.wire.BoardPatch;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.LeaderboardRow;
import io.chorus.shared.wire.Period;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The office screen in real Chromium against a real node: the page the server renders, the GWT
 * screen.js it serves, the live stream and the real share API. Everything is waited for as a person
 * would notice it (text on the screen), never slept for.
 *
 * <p>The first test also takes the lobby picture (target/screenshots/office-screen.png, copied to
 * docs/ for the README by hand), so it runs first: later
 * tests put a hostile display name into the company's recent shares and kudos.
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("The office screen, live in Chromium")
class OfficeScreenTest {
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "office-screen.png");
  /** Rows for people (the board also shows its open places up to ten). */
  private static final String PERSON_ROWS = ".board-rows li[data-employee]";
  private static final String FEED = ".feed-list .feed-item";
  private static final String RIGA_LAB = "Acme opens its robotics lab in Riga";
  private static final String RED_DOT = "Our warehouse robot wins a Red Dot award";
  private static final String HOSTILE = "<img src=x onerror=alert(1)>";
  private static final String DEAD_LINK = "This screen link is no longer valid. Ask your advocacy liaison for a new one.";

  private static TestNode node;
  private static Playwright playwright;
  private static Browser browser;

  private BrowserContext context;
  private Page page;
  private final List<String> console = Collections.synchronizedList(new ArrayList<>());
  private final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());
  private final List<String> streamRequests = Collections.synchronizedList(new ArrayList<>());

  @RegisterExtension
  final TestWatcher diagnostics = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext test, Throwable cause) {
      System.err.println("=== " + test.getDisplayName() + " failed; browser console ===\n" + String.join("\n", console));
    }
  };

  @BeforeAll
  static void start(Vertx vertx) {
    ChromiumWithExtension.requireChromium();
    node = TestNode.start(vertx, "office_screen");
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(ChromiumWithExtension.CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-quic", "--no-first-run", "--no-sandbox", "--disable-gpu")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @AfterEach
  void closePage() {
    if (context != null) {
      context.close();
    }
  }

  /** A fresh 1920×1080 tab (a TV) that records console lines, dialogs, stream requests and CSP violations. */
  private Page newPage() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("en-GB"));
    page = context.newPage();
    page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
    page.onPageError(e -> console.add("uncaught: " + e));
    page.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    });
    page.onRequest(r -> {
      if (r.url().contains("/api/leaderboard/stream")) {
        streamRequests.add(r.url());
      }
    });
    page.addInitScript("window.__csp = []; document.addEventListener('securitypolicyviolation',"
        + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
    return page;
  }

  private Page openScreen(String fragment) {
    newPage().navigate(node.url() + "/screen" + fragment);
    return page;
  }

  private Locator row(String name) {
    return page.locator(PERSON_ROWS).filter(new Locator.FilterOptions()
        .setHas(page.locator(".row-name").getByText(name, new Locator.GetByTextOptions().setExact(true))));
  }

  private void waitForPoints(String name, long points, double timeoutMs) {
    page.waitForFunction("([name, points]) => [...document.querySelectorAll('" + PERSON_ROWS + "')].some(r =>"
            + " r.querySelector('.row-name').textContent === name"
            + " && r.querySelector('.row-points').textContent.replace(/\\D/g, '') === String(points))",
        List.of(name, String.valueOf(points)), new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
  }

  private void assertNoScriptOrPolicyTrouble() {
    assertEquals(List.of(), dialogs, "no dialog: nothing the page showed ran as script");
    assertEquals(List.of(), page.evaluate("window.__csp"), "no Content-Security-Policy violation");
    assertTrue(console.stream().noneMatch(l -> l.startsWith("uncaught")), String.join("\n", console));
  }

  @Test
  @Order(1)
  @DisplayName("The board shows the company's top ten; a share moves the sharer's score within 2 s, without a reload, and tops the latest shares")
  void liveShareUpdatesTheScreen() throws Exception {
    JsonObject truth = node.api.get("/api/leaderboard?period=week&limit=10", node.screenToken()).json();
    openScreen("#t=" + node.screenToken());

    assertThat(page.locator(".company")).hasText("Acme Robotics");
    assertThat(page.locator(".period")).hasText("This week");
    assertThat(page.locator(".status")).hasText("Live");
    JsonArray rows = truth.getJsonArray("rows");
    for (int i = 0; i < rows.size(); i++) {
      JsonObject r = rows.getJsonObject(i);
      waitForPoints(r.getString("name"), r.getLong("points"), 5_000);
      assertThat(row(r.getString("name")).locator(".row-rank")).hasText(String.valueOf(r.getInteger("rank")));
    }
    assertThat(page.locator(PERSON_ROWS)).hasCount(rows.size());
    page.evaluate("window.__sameDocument = 'yes'");

    String janis = node.signIn("janis@acme.example");
    Reply share = node.api.report(janis, Api.newKey(), new JsonObject()
        .put("contentId", node.contentId(RIGA_LAB)).put("network", "linkedin"));
    assertEquals(201, share.status(), share.text());
    long weekPoints = share.json().getJsonObject("standing").getLong("weekPoints");

    waitForPoints("Jānis Bērziņš", weekPoints, 2_000);
    assertEquals("yes", page.evaluate("window.__sameDocument"), "the page was not reloaded");
    Locator shared = page.locator(FEED + "--share").first();
    assertThat(shared.locator(".feed-line")).hasText("Jānis Bērziņš shared \u201C" + RIGA_LAB + "\u201D on LinkedIn");
    assertThat(shared.locator(".feed-meta")).hasText("+" + share.json().getLong("points") + " · Riga · just now");
    // His first share through Chorus earns the first badge: in the feed, above the share, and after his name.
    assertEquals(List.of("first-share"), share.json().getJsonArray("newBadges").getList());
    assertThat(page.locator(FEED).first().locator(".feed-line")).hasText("Jānis Bērziņš earned First share");
    assertThat(page.locator(FEED).first().locator("img.badge-img[data-badge=first-share]")).isVisible();
    assertThat(row("Jānis Bērziņš").locator(".row-badge[data-badge=first-share]")).hasAttribute("title", "First share");

    // Now on the board, his next share is lit as a gain (or a climb) with its points.
    Reply again = node.api.report(janis, Api.newKey(), new JsonObject()
        .put("contentId", node.contentId(RED_DOT)).put("network", "x"));
    assertEquals(201, again.status(), again.text());
    waitForPoints("Jānis Bērziņš", again.json().getJsonObject("standing").getLong("weekPoints"), 2_000);
    assertThat(row("Jānis Bērziņš")).hasClass(Pattern.compile("row--(up|gained)"));
    assertThat(row("Jānis Bērziņš").locator(".row-gain")).hasText("+" + again.json().getLong("points"));
    assertThat(page.locator(FEED + "--share").first().locator(".feed-line"))
        .hasText("Jānis Bērziņš shared \u201C" + RED_DOT + "\u201D on X");

    // A colleague's kudos tops the feed within 2 s, and its points reach Jānis's row.
    String sanne = node.signIn("sanne@acme.example");
    long sent = System.nanoTime();
    Reply kudos = node.api.postJson("/api/kudos", sanne, new JsonObject().put("to", node.employeeId("janis@acme.example"))
        .put("value", "One team").put("message", "Thanks for showing the Riga lab to our customers!").encode(),
        "Idempotency-Key", Api.newKey());
    assertEquals(201, kudos.status(), kudos.text());
    assertThat(page.locator(FEED).first().locator(".feed-line")).hasText(
        "Sanne de Vries → Jānis Bērziņš One team: \u2018Thanks for showing the Riga lab to our customers!\u2019",
        new LocatorAssertions.HasTextOptions().setTimeout(2_000));
    assertTrue(System.nanoTime() - sent < 2_000_000_000L, "within two seconds of the kudos");
    waitForPoints("Jānis Bērziņš", weekPoints(janis), 2_000);
    assertEquals("yes", page.evaluate("window.__sameDocument"), "still the same page");
    // The screen asks for board patches, and every one applied to the board it showed: one stream all along.
    assertEquals(1, streamRequests.size(), "never reconnected: " + streamRequests);
    assertTrue(streamRequests.get(0).endsWith("&limit=10&patches=1"), streamRequests.get(0));
    assertNoScriptOrPolicyTrouble();

    // The lobby picture, while the change is still lit (after the slide-in has settled).
    page.waitForFunction("() => document.getAnimations().every(a => a.animationName === 'row-lit'"
        + " || a.animationName === 'live-pulse' || a.animationName === 'gain-fade' || a.playState === 'finished')");
    Files.createDirectories(SCREENSHOT.getParent());
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT));
  }

  private static long weekPoints(String token) {
    return node.api.get("/api/me", token).json().getJsonObject("standing").getLong("weekPoints");
  }

  @Test
  @Order(2)
  @DisplayName("All time: #…&period=all (an older link) shows \"All time\" and the all-time totals")
  void allTimeBoard() {
    JsonObject truth = node.api.get("/api/leaderboard?period=all&limit=10", node.screenToken()).json();
    openScreen("#t=" + node.screenToken() + "&period=all");

    assertThat(page.locator(".period")).hasText("All time");
    JsonObject top = truth.getJsonArray("rows").getJsonObject(0);
    waitForPoints(top.getString("name"), top.getLong("points"), 5_000);
    assertThat(page.locator(PERSON_ROWS).first().locator(".row-name")).hasText(top.getString("name"));
  }

  @Test
  @Order(3)
  @DisplayName("/screen?period=month&office=<Riga> shows Riga's board this month, titled \"Riga\", and asks the stream for exactly that; an unknown office stops with a message")
  void officeBoardThisMonth() {
    long riga = node.sql.number("SELECT id FROM office WHERE name = 'Riga'");
    JsonObject truth = node.api.get("/api/leaderboard?period=month&office=" + riga + "&limit=10", node.screenToken()).json();
    openScreen("?period=month&office=" + riga + "#t=" + node.screenToken());

    assertThat(page.locator(".company")).hasText("Riga");
    assertThat(page.locator(".kicker")).hasText("Acme Robotics · Office");
    assertThat(page.locator(".period")).hasText("This month");
    JsonArray rows = truth.getJsonArray("rows");
    assertTrue(rows.size() > 0, truth.encode());
    for (int i = 0; i < rows.size(); i++) {
      JsonObject r = rows.getJsonObject(i);
      assertEquals("Riga", r.getString("office"), "an office board lists only that office");
      waitForPoints(r.getString("name"), r.getLong("points"), 5_000);
    }
    assertThat(page.locator(PERSON_ROWS)).hasCount(rows.size());
    assertThat(page.locator(".row-where").filter(new Locator.FilterOptions().setHasText("Amsterdam"))).hasCount(0);
    assertTrue(streamRequests.stream().allMatch(u -> u.contains("period=month&office=" + riga + "&limit=10")),
        streamRequests.toString());
    assertNoScriptOrPolicyTrouble();
    context.close();

    // An office the company does not have: the screen says the link needs fixing and stops asking.
    streamRequests.clear();
    openScreen("?office=999999#t=" + node.screenToken());
    assertThat(page.locator(".message-title")).hasText("This screen link needs fixing");
    assertEquals(1, streamRequests.size(), streamRequests.toString());
  }

  @Test
  @Order(4)
  @DisplayName("A display name and a kudos message that are HTML appear as literal text on the board and in the feed; no element is made of them")
  void hostileNameIsShownAsText() throws Exception {
    openScreen("#t=" + node.screenToken());
    assertThat(page.locator(".status")).hasText("Live");

    node.sql.update("UPDATE employee SET display_name = ? WHERE email = ?", HOSTILE, "daan@acme.example");
    String daan = node.signIn("daan@acme.example");
    Reply share = node.api.report(daan, Api.newKey(), new JsonObject()
        .put("contentId", node.contentId(RIGA_LAB)).put("network", "linkedin"));
    assertEquals(201, share.status(), share.text());

    assertThat(row(HOSTILE)).hasCount(1);
    assertThat(page.locator(FEED + "--share").first().locator(".feed-name")).hasText(HOSTILE);

    // The same person gives a kudos whose message is markup too: both stay text in the feed.
    Reply kudos = node.api.postJson("/api/kudos", daan, new JsonObject().put("to", node.employeeId("giulia@acme.example"))
        .put("value", "One team").put("message", HOSTILE + " <script>alert(2)</script>").encode(),
        "Idempotency-Key", Api.newKey());
    assertEquals(201, kudos.status(), kudos.text());
    Locator given = page.locator(FEED + "--kudos").first();
    assertThat(given.locator(".feed-name").first()).hasText(HOSTILE);
    assertThat(given.locator(".kudos-message")).hasText("\u2018" + HOSTILE + " <script>alert(2)</script>\u2019");
    // The only images are the screen's own badge pictures.
    assertEquals(0, page.locator("img:not(.badge-img)").count(), "no <img> was created from the name or the message");
    assertEquals(List.of(), page.locator("img").evaluateAll("imgs => imgs.map(i => new URL(i.src).pathname)"
        + ".filter(p => !/^\\/screen\\/badges\\/[a-z0-9-]+\\.svg$/.test(p))"));
    assertEquals(0, page.locator("main script").count(), "no <script> was created from the message");
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(5)
  @DisplayName("Opened without #t=, the screen explains how to open it and calls no API")
  void missingTokenIsExplained() {
    openScreen("");

    assertThat(page.locator(".message-text")).containsText("opened without its screen link");
    assertThat(page.locator(".message-text")).containsText("#t=");
    assertEquals(List.of(), streamRequests);
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(6)
  @DisplayName("A garbage token and a revoked screen link each say the link is no longer valid, and the screen stops asking")
  void deadLinksSaySoAndStop() {
    String liaison = node.signIn("liga@acme.example");
    Reply created = node.api.postJson("/api/screens", liaison, new JsonObject().put("name", "Old lobby").encode());
    assertEquals(201, created.status(), created.text());
    String revokedToken = created.json().getString("token");
    assertEquals(200, node.api.postJson("/api/screens/" + created.json().getString("screenId") + "/revoke", liaison, "{}")
        .status());

    for (String token : List.of("not-a-token", revokedToken)) {
      streamRequests.clear();
      newPage().clock().install();
      page.navigate(node.url() + "/screen#t=" + token);

      assertThat(page.locator(".message-text")).hasText(DEAD_LINK);
      // Five minutes of the page's timers, in an instant: a dead link is never retried.
      page.clock().runFor(5 * 60_000);
      page.evaluate("fetch('/health').then(r => r.status)");
      assertEquals(1, streamRequests.size(), "asked once, then stopped: " + streamRequests);
      assertNoScriptOrPolicyTrouble();
      context.close();
      context = null;
    }
  }

  @Test
  @Order(7)
  @DisplayName("When the stream ends, the last board stays up with \"Reconnecting…\"; a busy server is retried; the screen resumes with Last-Event-ID")
  void reconnectsAfterTheStreamEnds() {
    String token = node.screenToken();
    List<Map<String, String>> asked = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean serverBack = new AtomicBoolean(); // the second request is always refused as busy
    newPage().route("**/api/leaderboard/stream**", route -> {
      asked.add(route.request().headers());
      if (asked.size() == 1) {
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/event-stream")
            .setBody(syntheticStream()));
      } else if (asked.size() == 2 || !serverBack.get()) {
        route.fulfill(new Route.FulfillOptions().setStatus(503).setContentType("application/json")
            .setBody("{\"error\":{\"code\":\"busy\",\"message\":\"The server is busy. Try again in a moment.\"}}"));
      } else {
        route.resume();
      }
    });
    page.navigate(node.url() + "/screen#t=" + token);

    // The stream that ended left its board on screen, marked as reconnecting.
    assertThat(page.locator(".status")).hasText("Reconnecting…");
    assertThat(row("Sam Synthetic").locator(".row-points")).hasText("999");
    assertThat(page.locator("main")).hasClass(Pattern.compile("screen--offline"));
    page.evaluate("window.__sameDocument = 'yes'");

    serverBack.set(true);
    assertThat(page.locator(".status")).hasText("Live", new com.microsoft.playwright.assertions.LocatorAssertions
        .HasTextOptions().setTimeout(15_000));
    assertThat(row("Sam Synthetic")).hasCount(0);
    assertThat(row("Sanne de Vries")).hasCount(1);
    assertEquals("yes", page.evaluate("window.__sameDocument"), "reconnected without a reload");
    assertTrue(asked.size() >= 3, "ended, refused as busy, then resumed: " + asked.size());
    for (Map<String, String> headers : asked.subList(1, asked.size())) {
      assertEquals("41", headers.get("last-event-id"), "each retry says where the screen was");
      assertEquals("Bearer " + token, headers.get("authorization"));
    }
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(8)
  @DisplayName("An office's month board from the link's query: title, scope and period; the snapshot's shares, kudos and badges newest first, live kudos and badges on top, badge icons after the name")
  void feedMixesSharesKudosAndBadges() {
    long now = System.currentTimeMillis();
    List<String> asked = Collections.synchronizedList(new ArrayList<>());
    newPage().route("**/api/leaderboard/stream**", route -> {
      asked.add(route.request().url());
      if (asked.size() == 1) {
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/event-stream")
            .setBody(feedStream(now)));
      } else {
        route.fulfill(new Route.FulfillOptions().setStatus(503).setContentType("application/json")
            .setBody("{\"error\":{\"code\":\"busy\",\"message\":\"busy\"}}"));
      }
    });
    page.navigate(node.url() + "/screen?period=month&office=3#t=" + node.screenToken());

    assertThat(page.locator(".company")).hasText("Riga");
    assertThat(page.locator(".kicker")).hasText("Acme Robotics · Office");
    assertThat(page.locator(".period")).hasText("This month");
    assertTrue(asked.get(0).endsWith("/api/leaderboard/stream?period=month&office=3&limit=10&patches=1"), asked.get(0));
    assertThat(page.locator(FEED)).hasCount(5);
    Locator lines = page.locator(FEED + " .feed-line");
    assertThat(lines.nth(0)).hasText("Sam Synthetic earned 4-week streak");
    assertThat(lines.nth(0).locator("img[data-badge=streak-4]")).isVisible();
    assertThat(lines.nth(1)).hasText("Ada Example → Sam Synthetic Build boldly: \u2018Live from the lab!\u2019");
    assertThat(lines.nth(1).locator("img[data-badge=kudos-received-10]")).isVisible();
    // A long message is cut on a word, for three lines on a TV.
    assertThat(lines.nth(2)).hasText(Pattern.compile(
        "Ada Example → Sam Synthetic One team: \u2018Thanks for the demo, truly great( great)+\u2026\u2019"));
    assertThat(lines.nth(3)).hasText("Sam Synthetic shared \u201CA made-up story\u201D on LinkedIn");
    assertThat(lines.nth(4)).hasText("Ada Example earned First share");
    assertThat(page.locator(FEED + " .feed-meta").first()).hasText("Shared in 4 weeks in a row. · just now");
    assertThat(page.locator(FEED + " .feed-meta").nth(3)).hasText("+15 · Riga · 1 min ago");
    Locator badges = row("Sam Synthetic").locator(".row-badges");
    assertThat(badges).hasAttribute("aria-label", "Badges: First share, 4-week streak");
    assertThat(badges.locator(".row-badge img")).hasCount(2);
    assertEquals(List.of("first-share", "streak-4"),
        badges.locator(".row-badge img").evaluateAll("imgs => imgs.map(i => i.dataset.badge)"));
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(9)
  @DisplayName("A screen that is showing the board when its link is revoked says within seconds that the link was "
      + "revoked, and stops asking")
  void revokedWhileShowing() {
    String liaison = node.signIn("liga@acme.example");
    Reply created = node.api.postJson("/api/screens", liaison, new JsonObject().put("name", "Canteen").encode());
    assertEquals(201, created.status(), created.text());
    streamRequests.clear();
    newPage().clock().install();
    page.navigate(node.url() + "/screen#t=" + created.json().getString("token"));
    assertThat(page.locator(".status")).hasText("Live");

    assertEquals(200, node.api.postJson("/api/screens/" + created.json().getString("screenId") + "/revoke", liaison,
        "{}").status());

    assertThat(page.locator(".message-title")).hasText("This screen link was revoked");
    assertThat(page.locator(".message-text")).hasText(DEAD_LINK);
    // Five minutes of the page's timers, in an instant: a revoked link is never asked for again.
    page.clock().runFor(5 * 60_000);
    page.evaluate("fetch('/health').then(r => r.status)");
    assertEquals(1, streamRequests.size(), "one stream, ended by the revocation: " + streamRequests);
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(11)
  @DisplayName("/screen?lang=lv: the office board's words in Latvian (Birojs, Šomēnes, Aktīvākie dalītāji), the page marked lang=lv; names and numbers unchanged")
  void screenInLatvian() {
    long riga = node.sql.number("SELECT id FROM office WHERE name = 'Riga'");
    openScreen("?lang=lv&period=month&office=" + riga + "#t=" + node.screenToken());
    assertThat(page.locator(".kicker")).hasText("Acme Robotics · Birojs");
    assertThat(page.locator(".period")).hasText("Šomēnes");
    assertThat(page.locator("h2.section-title").first()).hasText("Aktīvākie dalītāji");
    assertThat(page.locator("html")).hasAttribute("lang", "lv");
    assertThat(page.locator(".company")).hasText("Riga");
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(10)
  @DisplayName("Every badge shows as its picture from the server (each request 200, each image decoded), never as an emoji a TV without an emoji font draws as an empty box")
  void everyBadgeIsAPicture() throws Exception {
    List<String> badgeIds = java.util.Arrays.stream(io.chorus.shared.badges.Badge.values())
        .map(io.chorus.shared.badges.Badge::id).toList();
    Map<String, Integer> served = new java.util.concurrent.ConcurrentHashMap<>();
    newPage().onResponse(r -> {
      if (r.url().contains("/screen/badges/")) {
        served.put(r.url().substring(r.url().lastIndexOf('/') + 1), r.status());
      }
    });
    page.route("**/api/leaderboard/stream**", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
        .setContentType("text/event-stream").setBody(everyBadgeStream(badgeIds))));
    page.navigate(node.url() + "/screen#t=" + node.screenToken());

    Locator pictures = page.locator(PERSON_ROWS + " .row-badge img.badge-img");
    assertThat(pictures).hasCount(badgeIds.size());
    page.waitForFunction("() => [...document.querySelectorAll('img.badge-img')].every(i => i.complete)");
    assertEquals(badgeIds.stream().sorted().toList(), pictures.evaluateAll(
        "imgs => imgs.filter(i => i.naturalWidth > 0 && i.getBoundingClientRect().width > 0)"
            + ".map(i => i.dataset.badge).sort()"));
    assertThat(page.locator(FEED + " img.badge-img[data-badge=kudos-received-10]")).isVisible();
    assertEquals(0, ((Number) page.evaluate("() => [...document.querySelectorAll('img')]"
        + ".filter(i => !(i.complete && i.naturalWidth > 0)).length")).intValue(), "no broken image anywhere");
    for (String id : badgeIds) {
      assertEquals(200, served.get(id + ".svg"), id + " was served: " + served);
    }
    assertNoScriptOrPolicyTrouble();
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT.resolveSibling("office-screen-badges.png")));
  }

  /** A board of four people who hold every badge between them (a row shows up to four), and a kudos. */
  private static String everyBadgeStream(List<String> badgeIds) {
    long now = System.currentTimeMillis();
    JsonArray rows = new JsonArray();
    for (int i = 0; i * 4 < badgeIds.size(); i++) {
      rows.add(new JsonObject().put("rank", i + 1).put("employeeId", 900_000 + i).put("name", "Holder " + (i + 1))
          .put("office", "Riga").put("team", "Tests").put("points", 400 - i * 10)
          .put("badges", new JsonArray(badgeIds.subList(i * 4, Math.min(badgeIds.size(), i * 4 + 4)))));
    }
    JsonObject board = new JsonObject().put("company", "Acme Robotics").put("period", "week").put("scope", "company")
        .put("scopeName", "Acme Robotics").put("seq", 7).put("rows", rows);
    JsonObject recent = new JsonObject().put("shares", new JsonArray())
        .put("kudos", new JsonArray().add(kudos(9, "One team", "Thanks!", now - 5_000)))
        .put("badges", new JsonArray().add(new JsonObject().put("employeeId", 900_000).put("employeeName", "Holder 1")
            .put("badgeId", "spotlight").put("at", now - 1_000)));
    return "retry: 60000\n\n"
        + "event: recent\ndata: " + recent.encode() + "\n\n"
        + "id: 7\nevent: board\ndata: " + board.encode() + "\n\n";
  }

  @Test
  @Order(12)
  @DisplayName("A board patch changes the board in place; a patch made for another board is never shown: the screen "
      + "reconnects with its last id and shows the whole board it gets")
  void patchForAnotherBoardReconnects() {
    Leaderboard first = syntheticBoard(41, syntheticRow(1, 999_999, "Sam Synthetic", 999),
        syntheticRow(2, 999_998, "Zoë Ünïcode 🎉", 500));
    // Zoë climbs past Sam (whose points a void took down): both rows move.
    Leaderboard second = syntheticBoard(42, syntheticRow(1, 999_998, "Zoë Ünïcode 🎉", 700),
        syntheticRow(2, 999_999, "Sam Synthetic", 650));
    Leaderboard other = syntheticBoard(40, syntheticRow(1, 999_999, "Sam Synthetic", 999));
    Leaderboard wrong = syntheticBoard(43, syntheticRow(1, 999_997, "Wendy Wrong", 5));
    String stream = "retry: 300\n\n"
        + "event: recent\ndata: {\"shares\":[]}\n\n"
        + "id: 41\nevent: board\ndata: " + JsonWriter.encode(first::write).encode() + "\n\n"
        + "id: 42\nevent: board-patch\ndata: " + patchData(first, second) + "\n\n"
        + "id: 43\nevent: board-patch\ndata: " + patchData(other, wrong) + "\n\n";
    String token = node.screenToken();
    List<Map<String, String>> asked = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean serverBack = new AtomicBoolean();
    newPage().route("**/api/leaderboard/stream**", route -> {
      asked.add(route.request().headers());
      if (asked.size() == 1) {
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/event-stream").setBody(stream));
      } else if (!serverBack.get()) {
        route.fulfill(new Route.FulfillOptions().setStatus(503).setContentType("application/json")
            .setBody("{\"error\":{\"code\":\"busy\",\"message\":\"busy\"}}"));
      } else {
        route.resume();
      }
    });
    page.navigate(node.url() + "/screen#t=" + token);

    // The good patch moved Zoë up with her new points; the wrong one was not shown, and the screen reconnects.
    assertThat(page.locator(".status")).hasText("Reconnecting…");
    assertThat(row("Zoë Ünïcode 🎉").locator(".row-points")).hasText("700");
    assertThat(row("Zoë Ünïcode 🎉").locator(".row-rank")).hasText("1");
    assertThat(row("Sam Synthetic").locator(".row-points")).hasText("650");
    assertThat(row("Sam Synthetic").locator(".row-rank")).hasText("2");
    assertThat(row("Wendy Wrong")).hasCount(0);
    assertTrue(console.stream().anyMatch(l -> l.contains("a board patch for another board")), String.join("\n", console));

    serverBack.set(true);
    assertThat(page.locator(".status")).hasText("Live", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
    assertThat(row("Sam Synthetic")).hasCount(0);
    assertThat(row("Sanne de Vries")).hasCount(1);
    for (Map<String, String> headers : asked.subList(1, asked.size())) {
      assertEquals("43", headers.get("last-event-id"), "each retry says where the screen was");
    }
    assertNoScriptOrPolicyTrouble();
  }

  private static Leaderboard syntheticBoard(long seq, LeaderboardRow... rows) {
    return new Leaderboard("Acme Robotics", Period.WEEK, Leaderboard.Scope.COMPANY, "Acme Robotics", seq, List.of(rows));
  }

  private static LeaderboardRow syntheticRow(int rank, long id, String name, long points) {
    return new LeaderboardRow(rank, id, name, "Nowhere", "Tests", points, List.of());
  }

  private static String patchData(Leaderboard from, Leaderboard to) {
    return JsonWriter.encode(BoardPatch.between(from, to)::write).encode();
  }

  /**
   * One stream for the feed test: a snapshot (a share a minute ago, a long kudos half a minute ago, a
   * badge two minutes ago), a board, then a live kudos and a live badge at the same instant.
   */
  private static String feedStream(long now) {
    JsonObject board = new JsonObject().put("company", "Acme Robotics").put("period", "month").put("scope", "office")
        .put("scopeName", "Riga").put("seq", 41)
        .put("rows", new JsonArray().add(new JsonObject().put("rank", 1).put("employeeId", 999_999)
            .put("name", "Sam Synthetic").put("office", "Riga").put("team", "Tests").put("points", 999)
            .put("badges", new JsonArray().add("first-share").add("streak-4"))));
    JsonObject recent = new JsonObject()
        .put("shares", new JsonArray().add(new JsonObject().put("seq", 40).put("employeeName", "Sam Synthetic")
            .put("office", "Riga").put("contentTitle", "A made-up story").put("network", "linkedin")
            .put("points", 15).put("at", now - 60_000)))
        .put("kudos", new JsonArray().add(kudos(7, "One team", "Thanks for the demo, truly " + "great ".repeat(30), now - 30_000)))
        .put("badges", new JsonArray().add(new JsonObject().put("employeeId", 1).put("employeeName", "Ada Example")
            .put("badgeId", "first-share").put("at", now - 120_000)));
    JsonObject liveBadge = new JsonObject().put("employeeId", 999_999).put("employeeName", "Sam Synthetic")
        .put("badgeId", "streak-4").put("at", now);
    return "retry: 60000\n\n"
        + "event: recent\ndata: " + recent.encode() + "\n\n"
        + "id: 41\nevent: board\ndata: " + board.encode() + "\n\n"
        + "event: kudos\ndata: " + kudos(8, "Build boldly", "Live from the lab!", now).encode() + "\n\n"
        + "event: badge\ndata: " + liveBadge.encode() + "\n\n";
  }

  private static JsonObject kudos(long id, String value, String message, long at) {
    return new JsonObject().put("id", id).put("fromName", "Ada Example").put("toName", "Sam Synthetic")
        .put("value", value).put("message", message).put("at", at);
  }

  /** A whole stream that ends at once: a short retry hint, no recent shares, a board with one made-up row. */
  private static String syntheticStream() {
    JsonObject board = new JsonObject().put("company", "Acme Robotics").put("period", "week").put("scope", "company")
        .put("scopeName", "Acme Robotics").put("seq", 41)
        .put("rows", new JsonArray().add(new JsonObject().put("rank", 1).put("employeeId", 999_999)
            .put("name", "Sam Synthetic").put("office", "Nowhere").put("team", "Tests").put("points", 999)));
    return "retry: 300\n\n"
        + "event: recent\ndata: {\"shares\":[]}\n\n"
        + "id: 41\nevent: board\ndata: " + board.encode() + "\n\n";
  }
}
