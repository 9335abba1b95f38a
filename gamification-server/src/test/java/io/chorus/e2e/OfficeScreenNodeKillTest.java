package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.chorus.server.support.Api;
import io.chorus.server.support.Shares;
import io.chorus.server.support.processes.NodeProcess;
import io.chorus.server.support.processes.ProcessCluster;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The office screen in real Chromium, through a real HAProxy in front of two real nodes, when the node
 * serving its live stream is killed: the screen says it is reconnecting, resumes on the other node
 * from its last event id, and shows what happened meanwhile — without a reload.
 */
@DisplayName("The office screen across a node kill")
class OfficeScreenNodeKillTest {
  private static final String PERSON_ROWS = ".board-rows li[data-employee]";
  private static final String FEED = ".feed-list .feed-item";

  private static ProcessCluster cluster;
  private static Playwright playwright;
  private static Browser browser;
  private final List<String> console = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() {
    ChromiumWithExtension.requireChromium();
    cluster = ProcessCluster.start("screen-kill", 2, true);
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
    if (cluster != null) {
      cluster.close();
    }
  }

  private static String screenToken() {
    Api one = cluster.api(cluster.node(1));
    Api.Reply signIn = one.postJson("/api/auth/sign-in", null, new JsonObject()
        .put("email", "liga@acme.example").put("password", "chorus-demo").encode());
    assertEquals(200, signIn.status(), signIn.text());
    Api.Reply created = one.postJson("/api/screens", signIn.json().getString("token"),
        new JsonObject().put("name", "Lobby").encode());
    assertEquals(201, created.status(), created.text());
    return created.json().getString("token");
  }

  private static void waitForPoints(Page page, String name, long points) {
    page.waitForFunction("([name, points]) => [...document.querySelectorAll('" + PERSON_ROWS + "')].some(r =>"
            + " r.querySelector('.row-name').textContent === name"
            + " && r.querySelector('.row-points').textContent.replace(/\\D/g, '') === String(points))",
        List.of(name, String.valueOf(points)), new Page.WaitForFunctionOptions().setTimeout(10_000));
  }

  @Test
  @DisplayName("The node serving the screen is killed: the screen says it is reconnecting, then shows the share made meanwhile, once, with the right points, without a reload")
  void screenSurvivesANodeKill() {
    String token = screenToken();
    Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("en-GB"))
        .newPage();
    page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
    page.navigate(cluster.haproxy().url() + "/screen?period=all#t=" + token);
    assertThat(page.locator(".status")).hasText("Live");
    page.evaluate("window.__sameDocument = 'yes'");

    NodeProcess serving = null;
    for (NodeProcess n : cluster.nodes()) {
      if (ProcessCluster.metric(n, "chorus_screens_connected_streams") == 1) {
        serving = n;
      }
    }
    assertTrue(serving != null, "one node serves the screen's stream");
    NodeProcess survivor = null;
    for (NodeProcess n : cluster.nodes()) {
      if (n != serving) {
        survivor = n;
      }
    }
    serving.kill();
    assertThat(page.locator(".status")).hasText("Reconnecting…", new LocatorAssertions.HasTextOptions().setTimeout(10_000));

    long sharer = cluster.employees().get(0);
    Api.Reply share = Shares.shareSomething(cluster.api(survivor), cluster.employeeToken(sharer));
    assertEquals(201, share.status(), share.text());
    String name = cluster.sql.text("SELECT display_name FROM employee WHERE id = ?", sharer);
    String line = name + " shared \u201C" + cluster.sql.text("SELECT title FROM content WHERE id = ?",
        share.json().getLong("contentId")) + "\u201D on " + ("x".equals(share.json().getString("network")) ? "X" : "LinkedIn");
    // The company board leaves contest points out (the demo's contest is live).
    long points = cluster.sql.number(
        "SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ? AND contest_id IS NULL", sharer);

    assertThat(page.locator(".status")).hasText("Live", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    waitForPoints(page, name, points);
    assertThat(page.locator(FEED + "--share").filter(new Locator.FilterOptions().setHasText(line)))
        .hasCount(1);
    assertEquals("yes", page.evaluate("window.__sameDocument"), "the page was not reloaded: " + console);
  }
}
