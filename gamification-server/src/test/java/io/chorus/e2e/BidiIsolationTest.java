package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A right-to-left override (U+202E) in a display name, an office's name and a content title that
 * are already in the database (the API now refuses them, but data from before, or from an import, may
 * hold them): on the office screen, in the popup and in the LinkedIn panel, each piece of user text is
 * isolated, so the override reverses the name and nothing after it. Checked in real Chromium two ways:
 * every text node holding a bidi control sits in an element whose computed {@code unicode-bidi} is
 * {@code isolate}, and the parts of a line are laid out left to right in reading order — which, with
 * the isolation switched off, they are not (the test shows that too, so it cannot pass vacuously).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A right-to-left override in a name or title reorders nothing after it, on the screen, in the popup and the panel")
class BidiIsolationTest {
  private static final String RLO = "\u202E";
  /** Shows as "Daan wolf": the override reverses "flow", and must stop there. */
  private static final String NAME = "Daan " + RLO + "flow";
  /** A stray pop before the override, which must not close the isolation early. */
  private static final String OFFICE = "Amster\u2069" + RLO + "mad";
  private static final String TITLE = "Lab " + RLO + "ruot";

  private static TestNode node;
  private static FixtureSites sites;
  private static ChromiumWithExtension browser;
  private static long item;

  @RegisterExtension
  static final TestWatcher DIAGNOSTICS = ChromiumWithExtension.diagnosticsOnFailure(() -> browser);

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    node = TestNode.start(vertx, "bidi_isolation");
    node.sql.update("UPDATE employee SET display_name = ? WHERE email = 'daan@acme.example'", NAME);
    node.sql.update("UPDATE office SET name = ? WHERE name = 'Amsterdam'", OFFICE);
    item = new Seed(node).item(TITLE, Duration.ofDays(2));
    sites = FixtureSites.start();
    browser = ChromiumWithExtension.launch(sites, UnpackedExtension.copyFromClasspath());
  }

  @AfterAll
  static void stop() {
    ChromiumWithExtension.closeBoth(browser, sites);
    node.close();
  }

  /**
   * Under {@code rootJs} (a document or a shadow root): how many text nodes hold a bidi control, the
   * ones of them whose element does not isolate, how many .user-text elements there are, and those of
   * them that do not isolate.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> isolation(Page page, String rootJs) {
    return (Map<String, Object>) page.evaluate("() => { const root = " + rootJs + ";"
        + " const leaks = []; let held = 0;"
        // Text-only places (an option's label) isolate with FSI … PDI: a control inside a balanced pair is held.
        + " const heldByIsolates = t => { let d = 0; for (const c of t) {"
        + "   if (c === '\\u2066' || c === '\\u2067' || c === '\\u2068') d++;"
        + "   else if (c === '\\u2069') { if (d === 0) return false; d--; }"
        + "   else if (d === 0 && c >= '\\u202A' && c <= '\\u202E') return false; }"
        + "   return d === 0; };"
        + " const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
        + " for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
        + "   if (!/[\\u202A-\\u202E\\u2066-\\u2069]/.test(n.data)) continue;"
        + "   held++;"
        + "   const e = n.parentElement;"
        + "   const isolating = getComputedStyle(e).unicodeBidi === 'isolate' && e.classList.contains('user-text');"
        + "   if (!isolating && !heldByIsolates(n.data)) leaks.push(e.outerHTML);"
        + " }"
        + " const texts = [...root.querySelectorAll('.user-text')];"
        + " return {held, leaks, userTexts: texts.length,"
        + "   notIsolated: texts.filter(e => getComputedStyle(e).unicodeBidi !== 'isolate').map(e => e.outerHTML)}; }");
  }

  private static void assertIsolated(Page page, String rootJs, int atLeast) {
    Map<String, Object> found = isolation(page, rootJs);
    assertTrue(((Number) found.get("held")).intValue() >= atLeast, "text with an override is on the page: " + found);
    assertEquals(List.of(), found.get("leaks"), "every text with a bidi control is inside an isolating .user-text");
    assertTrue(((Number) found.get("userTexts")).intValue() > 0, found.toString());
    assertEquals(List.of(), found.get("notIsolated"), "every .user-text computes unicode-bidi: isolate");
  }

  /** The first layout box of each element, as [top, left]; the elements are found by CSS selectors under {@code line}. */
  @SuppressWarnings("unchecked")
  private static List<List<Number>> boxes(Locator line, String... selectors) {
    return (List<List<Number>>) line.evaluate("(line, selectors) => selectors.map(s => {"
        + " const r = line.querySelector(s).getClientRects()[0]; return [r.top, r.left]; })", List.of(selectors));
  }

  /**
   * True when the boxes are in reading order, left to right: each starts to the right of the one before
   * on the same line, or on a later line (a long line wraps).
   */
  private static boolean leftToRight(List<List<Number>> boxes) {
    for (int i = 1; i < boxes.size(); i++) {
      double top = boxes.get(i).get(0).doubleValue();
      double previousTop = boxes.get(i - 1).get(0).doubleValue();
      boolean sameLine = Math.abs(top - previousTop) <= 3;
      if (sameLine ? boxes.get(i).get(1).doubleValue() <= boxes.get(i - 1).get(1).doubleValue() : top < previousTop) {
        return false;
      }
    }
    return true;
  }

  @Test
  @DisplayName("Office screen: Daan's override stays in his name; his kudos line, his share line and his office · team read left to right; every name, title and office is isolated")
  void officeScreen() {
    Page screen = browser.context().newPage();
    screen.setViewportSize(1920, 1080);
    screen.navigate(node.url() + "/screen#t=" + node.screenToken());
    assertThat(screen.locator(".status")).hasText("Live");

    String daan = node.signIn("daan@acme.example");
    Reply share = node.api.report(daan, Api.newKey(), new JsonObject().put("contentId", item).put("network", "x"));
    assertEquals(201, share.status(), share.text());
    Reply kudos = node.api.postJson("/api/kudos", daan, new JsonObject().put("to", node.employeeId("giulia@acme.example"))
        .put("value", "One team").put("message", "Thanks!").encode(), "Idempotency-Key", Api.newKey());
    assertEquals(201, kudos.status(), kudos.text());

    Locator kudosLine = screen.locator(".feed-item--kudos .feed-line").first();
    assertThat(kudosLine).hasText(NAME + " → Giulia Rossi One team: ‘Thanks!’",
        new LocatorAssertions.HasTextOptions().setTimeout(5_000));
    Locator shareLine = screen.locator(".feed-item--share .feed-line").first();
    assertThat(shareLine).hasText(NAME + " shared “" + TITLE + "” on X");
    assertThat(screen.locator(".row-name").filter(new Locator.FilterOptions().setHasText(NAME))).hasCount(1);

    assertIsolated(screen, "document.querySelector('main')", 4);
    String[] kudosParts = {".feed-name:nth-of-type(1)", ".feed-name:nth-of-type(2)", ".kudos-value", ".kudos-message .user-text"};
    String[] shareParts = {".feed-name", ".share-title .user-text", ".share-network"};
    List<List<Number>> kudosBoxes = boxes(kudosLine, kudosParts);
    assertTrue(leftToRight(kudosBoxes), "giver, receiver, value, message from left to right: " + kudosBoxes);
    List<List<Number>> shareBoxes = boxes(shareLine, shareParts);
    assertTrue(leftToRight(shareBoxes), "name, title, network from left to right: " + shareBoxes);

    // His row: "Amster⁩‮mad · Engineering" — the stray pop in the office's name does not end its isolation early.
    Locator where = screen.locator("li[data-employee='" + node.employeeId("daan@acme.example") + "'] .row-where");
    assertThat(where).hasText(OFFICE + " · Engineering");
    List<List<Number>> whereBoxes = boxes(where, ".user-text:nth-of-type(1)", ".user-text:nth-of-type(2)");
    assertTrue(leftToRight(whereBoxes), "office, then team: " + whereBoxes);

    // What the issue saw, for contrast: without the isolation the override reverses the rest of the line.
    screen.evaluate("() => document.querySelectorAll('.user-text').forEach(e => e.style.setProperty('unicode-bidi', 'normal', 'important'))");
    assertTrue(!leftToRight(boxes(kudosLine, kudosParts)), "not isolated, the kudos line is reordered: "
        + boxes(kudosLine, kudosParts));
    screen.close();
  }

  @Test
  @DisplayName("Popup and LinkedIn panel: Daan's name, his office and an item's title are isolated; the popup's line reads name · company · office")
  void popupAndPanel() {
    Page options = browser.openExtensionPage("options.html");
    options.locator("input[name=serverUrl]").fill(node.url());
    options.locator("button[type=submit]").click();
    assertThat(options.locator(".status")).containsText("Saved");

    Page popup = browser.openExtensionPage("popup.html");
    popup.locator("input[name=email]").fill("daan@acme.example");
    popup.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    popup.locator("button[type=submit]").click();
    assertThat(popup.locator(".who")).hasText(NAME + " · Acme Robotics · " + OFFICE);
    assertThat(popup.locator(".standings tr[data-scope=office] th")).hasText(OFFICE);
    assertIsolated(popup, "document.body", 3);
    List<List<Number>> who = boxes(popup.locator(".who"), ".who-name", ".who-company", ".who-office");
    assertTrue(leftToRight(who), "name, company, office from left to right: " + who);
    // Option labels cannot hold elements: there, names are wrapped in FSI … PDI.
    popup.locator(".kudos summary").click();
    assertThat(popup.locator("select[name=colleague] option[value='" + node.employeeId("giulia@acme.example") + "']"))
        .hasText("\u2068Giulia Rossi\u2069 · \u2068Milan\u2069");
    popup.close();

    Page linkedIn = browser.open("https://www.linkedin.com/feed/");
    Locator card = linkedIn.locator("#chorus-panel li.card").filter(new Locator.FilterOptions().setHasText(TITLE));
    assertThat(card).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
    assertThat(card.locator(".share")).hasAttribute("aria-label", "Share “\u2068" + TITLE + "\u2069” on LinkedIn");
    assertIsolated(linkedIn, "document.getElementById('chorus-panel').shadowRoot", 1);
    linkedIn.close();
  }
}
