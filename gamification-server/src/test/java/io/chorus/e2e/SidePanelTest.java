package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The side panel (sidepanel.html, opened here as a tab: Chromium gives automation no way to open the
 * browser's side panel itself, and the page is the same) with the in-page panel off: the suggestions are
 * there, Share opens the network's own prefilled share page, its Post is counted, and the site's pages
 * never get the panel. A main-world observer records whether Chorus's panel host was ever attached, so
 * "no panel" means never, not "not at this moment". target/screenshots/side-panel.png is docs/side-panel.png.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The side panel works with the in-page panel off, touching nothing on the page")
class SidePanelTest {
  private static final String SANNE = "sanne@acme.example";
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "side-panel.png");
  /** Runs in the page's main world before its scripts: notes any element with Chorus's host id. */
  private static final String PANEL_WATCH = "window.__panelSeen = false; new MutationObserver(() => {"
      + " if (document.getElementById('chorus-panel')) window.__panelSeen = true; })"
      + ".observe(document, {childList: true, subtree: true});";

  private static SignedInChorus chorus;
  private Page page;

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> chorus == null ? null : chorus.browser);

  @BeforeAll
  static void start(Vertx vertx) {
    chorus = SignedInChorus.start(vertx, "side_panel", SANNE);
    chorus.browser.context().addInitScript(PANEL_WATCH);
  }

  @AfterAll
  static void stop() {
    if (chorus != null) {
      chorus.close();
    }
  }

  @AfterEach
  void closePage() {
    if (page != null) {
      page.close();
    }
  }

  private void employeeOption(boolean inPagePanel) {
    Page options = chorus.browser.openExtensionPage("options.html");
    Locator box = options.locator("input[name=inPagePanel]");
    assertThat(box).isChecked(new com.microsoft.playwright.assertions.LocatorAssertions.IsCheckedOptions()
        .setChecked(!inPagePanel));
    box.click();
    options.waitForFunction("on => new Promise(r => chrome.storage.local.get('inPagePanel', i => r(i.inPagePanel === on)))",
        inPagePanel);
    options.close();
  }

  /**
   * Waits until the new tab's content script has taken the share the side panel left in storage: it
   * watches for the Post from then on. (The fixture is ready at load, the content script a moment after,
   * at document_idle and one storage read later; a Post clicked in between would go unseen, while on the
   * real sites the composer is drawn by the site's own scripts, well after that.)
   */
  private void contentScriptTookTheShare() {
    page.waitForFunction("() => new Promise(r => chrome.storage.local.get('pendingShare', i => r(!i.pendingShare)))");
  }

  @Test
  @DisplayName("Employee's option off: the side panel lists the item; its LinkedIn button opens LinkedIn's prefilled page, whose Post is counted; neither page ever gets the panel")
  void sidePanelSharesWithThePanelOff() {
    long id = chorus.addItem("From the side panel", "Shared without touching the page.");
    employeeOption(false);
    try {
      Page feed = chorus.browser.open("https://www.linkedin.com/feed/");
      page = chorus.browser.openExtensionPage("sidepanel.html");
      page.setViewportSize(380, 760);
      Locator item = page.locator(".share-item").filter(new Locator.FilterOptions().setHasText("From the side panel"));
      assertThat(item.locator("[data-chorus=share-linkedin]")).isVisible();
      assertThat(item.locator("[data-chorus=share-x]")).isVisible();
      page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT));

      Page shareActive = chorus.browser.context().waitForPage(() -> item.locator("[data-chorus=share-linkedin]").click());
      String link = chorus.trackedLink(SANNE, id, "linkedin");
      shareActive.waitForFunction("link => window.__fixture && (__fixture.composerText() || '').includes(link)", link);
      contentScriptTookTheShare();
      shareActive.locator("#interop-outlet button.share-actions__primary-action").click();
      shareActive.waitForFunction("() => __fixture.posts.length === 1");
      page.waitForCondition(() -> chorus.shares(SANNE, id) == 1);

      assertEquals(1, (Integer) shareActive.evaluate("() => __fixture.posts.length"));
      assertFalse((Boolean) shareActive.evaluate("() => window.__panelSeen"), "the share page never got the panel");
      assertFalse((Boolean) feed.evaluate("() => window.__panelSeen"), "the feed never got the panel");
      assertTrue(chorus.postedText(SANNE, id).contains(link));
      shareActive.close();
      feed.close();
    } finally {
      employeeOption(true);
    }
  }

  @Test
  @DisplayName("The company's setting (PUT /api/extension/settings by a liaison) keeps the panel off X's pages though the employee's option is on; the side panel's X button still gets its post counted")
  void companySettingKeepsThePanelOff() {
    long id = chorus.addItem("Company keeps pages clean", "Posted from X's own intent page.");
    String liaison = chorus.node.signIn("liga@acme.example");
    assertEquals(200, chorus.node.api.putJson("/api/extension/settings", liaison,
        "{\"inPagePanel\":false,\"disclosureTag\":null,\"blocklist\":[]}").status());
    try {
      // The worker learns the company's setting with the suggestions, which the side panel asks for.
      page = chorus.browser.openExtensionPage("sidepanel.html");
      page.waitForFunction("() => new Promise(r => chrome.storage.local.get('companyInPagePanel',"
          + " i => r(i.companyInPagePanel === false)))");
      Locator item = page.locator(".share-item").filter(new Locator.FilterOptions().setHasText("Company keeps pages clean"));
      Page intent = chorus.browser.context().waitForPage(() -> item.locator("[data-chorus=share-x]").click());
      String link = chorus.trackedLink(SANNE, id, "x");
      intent.waitForFunction("link => window.__fixture && __fixture.models().some(m => m.text.includes(link))", link);
      contentScriptTookTheShare();
      intent.getByTestId("tweetButton").click();
      page.waitForCondition(() -> chorus.shares(SANNE, id) == 1);
      assertFalse((Boolean) intent.evaluate("() => window.__panelSeen"), "no panel on X's page");
      intent.close();
    } finally {
      assertEquals(200, chorus.node.api.putJson("/api/extension/settings", liaison,
          "{\"inPagePanel\":true,\"disclosureTag\":null,\"blocklist\":[]}").status());
    }
  }

  @Test
  @DisplayName("X's intent page, opened from the side panel, draws its composer only after the content script took the share: a Post clicked the moment the composer appears is counted")
  void postTheMomentALateComposerAppears() {
    long id = chorus.addItem("Drawn after the script started", "X renders its app late.");
    BrowserContext context = chorus.browser.context();
    // The fixture keeps X's splash (its render=hold cookie) until the test draws the app.
    context.addCookies(List.of(new Cookie("render", "hold").setDomain("x.com").setPath("/")));
    try {
      page = chorus.browser.openExtensionPage("sidepanel.html");
      Locator item = page.locator(".share-item").filter(new Locator.FilterOptions().setHasText("Drawn after the script started"));
      Page intent = context.waitForPage(() -> item.locator("[data-chorus=share-x]").click());
      contentScriptTookTheShare();
      assertEquals(0, intent.locator("[data-testid=tweetTextarea_0]").count(), "X is still on its splash");

      // Drawn and posted in one task: faster than any person, so no Post can come sooner after the composer.
      intent.evaluate("() => { __fixture.render(); document.querySelector('[data-testid=tweetButton]').click(); }");
      intent.waitForFunction("() => __fixture.posts.length === 1");
      page.waitForCondition(() -> chorus.shares(SANNE, id) == 1);
      assertTrue(chorus.postedText(SANNE, id).contains(chorus.trackedLink(SANNE, id, "x")));
      intent.close();
    } finally {
      context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("render"));
    }
  }

  @Test
  @DisplayName("A hostile item title (<img src=x onerror=…>) is plain text in the side panel and the popup: no element is made of it, nothing runs")
  void hostileTitleIsTextInSidePanelAndPopup() {
    String hostile = "<img src=x onerror=\"window.__pwned=1\">Robots & you";
    chorus.addItem(hostile, "Words for the hostile item.");
    for (String surface : new String[] {"sidepanel.html", "popup.html"}) {
      Page p = chorus.browser.openExtensionPage(surface);
      Locator title = p.locator(".share-item .title").filter(new Locator.FilterOptions().setHasText("Robots & you"));
      assertThat(title).hasText(hostile);
      assertEquals(0, p.locator(".share-items img").count(), surface + ": no element made of the title");
      assertEquals(null, p.evaluate("() => window.__pwned"), surface + ": nothing ran");
      p.close();
    }
  }
}
