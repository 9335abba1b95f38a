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
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
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
 * tests put a hostile display name into the company's recent shares.
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("The office screen, live in Chromium")
class OfficeScreenTest {
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "office-screen.png");
  /** Rows for people (the board also shows its open places up to ten). */
  private static final String PERSON_ROWS = ".board-rows li[data-employee]";
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
    Locator newest = page.locator(".share-list .share").first();
    assertThat(newest.locator(".share-line")).hasText("Jānis Bērziņš shared \u201C" + RIGA_LAB + "\u201D on LinkedIn");
    assertThat(newest.locator(".share-meta")).hasText("+10 · Riga · just now");

    // Now on the board, his next share is lit as a gain (or a climb) with its points.
    Reply again = node.api.report(janis, Api.newKey(), new JsonObject()
        .put("contentId", node.contentId(RED_DOT)).put("network", "x"));
    assertEquals(201, again.status(), again.text());
    waitForPoints("Jānis Bērziņš", again.json().getJsonObject("standing").getLong("weekPoints"), 2_000);
    assertThat(row("Jānis Bērziņš")).hasClass(java.util.regex.Pattern.compile("row--(up|gained)"));
    assertThat(row("Jānis Bērziņš").locator(".row-gain")).hasText("+10");
    assertThat(newest.locator(".share-line")).hasText("Jānis Bērziņš shared \u201C" + RED_DOT + "\u201D on X");
    assertEquals("yes", page.evaluate("window.__sameDocument"), "still the same page");
    assertNoScriptOrPolicyTrouble();

    // The lobby picture, while the change is still lit (after the slide-in has settled).
    page.waitForFunction("() => document.getAnimations().every(a => a.animationName === 'row-lit'"
        + " || a.animationName === 'live-pulse' || a.animationName === 'gain-fade' || a.playState === 'finished')");
    Files.createDirectories(SCREENSHOT.getParent());
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT));
  }

  @Test
  @Order(2)
  @DisplayName("All time: ?period=all shows \"All time\" and the all-time totals")
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
  @DisplayName("A display name that is HTML appears as literal text on the board and in the shares; no element is made of it")
  void hostileNameIsShownAsText() throws Exception {
    openScreen("#t=" + node.screenToken());
    assertThat(page.locator(".status")).hasText("Live");

    node.sql.update("UPDATE employee SET display_name = ? WHERE email = ?", HOSTILE, "daan@acme.example");
    String daan = node.signIn("daan@acme.example");
    Reply share = node.api.report(daan, Api.newKey(), new JsonObject()
        .put("contentId", node.contentId(RIGA_LAB)).put("network", "linkedin"));
    assertEquals(201, share.status(), share.text());

    assertThat(row(HOSTILE)).hasCount(1);
    assertThat(page.locator(".share-list .share").first().locator(".share-name")).hasText(HOSTILE);
    assertEquals(0, page.locator("img").count(), "no <img> was created from the name");
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(4)
  @DisplayName("Opened without #t=, the screen explains how to open it and calls no API")
  void missingTokenIsExplained() {
    openScreen("");

    assertThat(page.locator(".message-text")).containsText("opened without its screen link");
    assertThat(page.locator(".message-text")).containsText("#t=");
    assertEquals(List.of(), streamRequests);
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(5)
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
  @Order(6)
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
    assertThat(page.locator("main")).hasClass(java.util.regex.Pattern.compile("screen--offline"));
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

  /** A whole stream that ends at once: a short retry hint, no recent shares, a board with one made-up row. */
  private static String syntheticStream() {
    JsonObject board = new JsonObject().put("company", "Acme Robotics").put("period", "week").put("seq", 41)
        .put("rows", new JsonArray().add(new JsonObject().put("rank", 1).put("employeeId", 999_999)
            .put("name", "Sam Synthetic").put("office", "Nowhere").put("team", "Tests").put("points", 999)));
    return "retry: 300\n\n"
        + "event: recent\ndata: {\"shares\":[]}\n\n"
        + "id: 41\nevent: board\ndata: " + board.encode() + "\n\n";
  }
}
