package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.chorus.e2e.SignedInChorus.card;
import static io.chorus.e2e.SignedInChorus.panelShown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The LinkedIn content script on the LinkedIn fixture, signed in as Sanne: each miss found on pages
 * built like the real site (see EXTENSION-NOTES), reproduced here, and what a person would notice of
 * it. Each test shares items of its own, so none depends on another.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("On LinkedIn, Chorus shares only what is posted, once, and stays out of the way")
class LinkedInContentScriptTest {
  private static final String SANNE = "sanne@acme.example";
  private static final String OUTLET = "#interop-outlet";

  private static SignedInChorus chorus;
  private Page page;

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> chorus == null ? null : chorus.browser);

  @BeforeAll
  static void start(Vertx vertx) {
    chorus = SignedInChorus.start(vertx, "linkedin_content", SANNE);
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

  private Locator status() {
    return page.locator("#chorus-panel .status");
  }

  private String composerText() {
    return (String) page.evaluate("() => __fixture.composerText()");
  }

  private void waitForComposerWith(String link) {
    page.waitForFunction("link => (__fixture.composerText() || '').includes(link)", link);
  }

  private Locator post() {
    return page.locator(OUTLET + " [role=dialog] button, " + OUTLET + " dialog button",
        new Page.LocatorOptions().setHasText(Pattern.compile("^(Post|Publier)$")));
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  @DisplayName("Closing the composer (× then Discard) counts nothing: the employee's own post afterwards is not taken for the share, and the next real share is counted with what was posted")
  void closingWithoutPostingCountsNothing() {
    long closed = chorus.addItem("Closed without posting", "A share that will be closed unposted.");
    long posted = chorus.addItem("Posted after all", "A share that is really posted.");
    page = chorus.browser.open("https://www.linkedin.com/feed/");
    card(page, "Closed without posting").locator("[data-chorus=share]").click();
    waitForComposerWith(chorus.trackedLink(SANNE, closed, "linkedin"));

    page.locator(OUTLET + " [role=dialog] button[aria-label=Dismiss]").click();
    page.locator(OUTLET + " [role=alertdialog]").getByText("Discard").click();
    assertThat(status()).hasText("Closed without posting, so nothing was counted.");

    // Within the next seconds the employee posts words of their own.
    page.locator(OUTLET + " button.share-box-feed-entry__trigger").click();
    page.locator(OUTLET + " [role=dialog] .ql-editor").pressSequentially("Off for a walk by the river, lovely weather.");
    page.locator(OUTLET + " button.share-actions__primary-action").click();
    page.waitForFunction("() => __fixture.posts.length === 1");

    // Then a real share; the worker reports in order, so an earlier report would have come first.
    card(page, "Posted after all").locator("[data-chorus=share]").click();
    String link = chorus.trackedLink(SANNE, posted, "linkedin");
    waitForComposerWith(link);
    page.locator(OUTLET + " [role=dialog] .ql-editor").press("End");
    page.keyboard().type(" Proud of this.");
    String composed = composerText();
    page.locator(OUTLET + " button.share-actions__primary-action").click();

    assertThat(status()).containsText("Shared!");
    assertEquals(0, chorus.shares(SANNE, closed), "the closed composer's item was not counted");
    assertEquals(1, chorus.shares(SANNE, posted));
    assertEquals(composed, chorus.postedText(SANNE, posted), "what was posted, own words included");
    assertTrue(chorus.postedText(SANNE, posted).endsWith("Proud of this."));
  }

  @Test
  @DisplayName("On the prefilled page (?shareActive=true&text=…: a placeholder dialog, then the real one) Share adds nothing: the text is there once, and its Post is counted")
  void shareActivePageGetsNoSecondCopy() {
    long id = chorus.addItem("Prefilled by LinkedIn", "LinkedIn prefills this one itself.");
    page = chorus.browser.open("https://www.linkedin.com/feed/");
    String text = card(page, "Prefilled by LinkedIn").locator(".text").textContent();
    page.close();
    page = chorus.browser.open("https://www.linkedin.com/feed/?shareActive=true&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));

    card(page, "Prefilled by LinkedIn").locator("[data-chorus=share]").click();

    String link = chorus.trackedLink(SANNE, id, "linkedin");
    waitForComposerWith(link);
    assertThat(status()).hasText("Ready in the composer: change the words if you like, then post.");
    assertEquals(text, composerText());
    assertEquals(1, occurrences(composerText(), link));
    assertThat(page.locator(OUTLET + " [role=dialog]")).hasCount(1);
    page.locator(OUTLET + " button.share-actions__primary-action").click();
    assertThat(status()).containsText("Shared!");
    assertEquals(text, chorus.postedText(SANNE, id));
  }

  @Test
  @DisplayName("A page with no share box (Jobs) offers at once to copy the text or open LinkedIn's share page; that page comes prefilled once and its Post counts")
  void pageWithoutComposerOffersCopyAndSharePage() {
    long id = chorus.addItem("Shared from the jobs page", "Shared while looking at jobs.");
    chorus.browser.context().grantPermissions(List.of("clipboard-read", "clipboard-write"),
        new com.microsoft.playwright.BrowserContext.GrantPermissionsOptions().setOrigin("https://www.linkedin.com"));
    page = chorus.browser.open("https://www.linkedin.com/jobs/");
    Locator item = card(page, "Shared from the jobs page");
    String text = item.locator(".text").textContent();
    item.locator("[data-chorus=share]").click();

    assertThat(status()).hasText("LinkedIn's composer is not on this page. Copy the text, or open LinkedIn's share page.");
    assertEquals("/jobs/", URI.create(page.url()).getPath(), "nothing navigated by itself");
    page.locator("#chorus-panel [data-chorus=copy]").click();
    assertThat(status()).containsText("Copied.");
    assertEquals(text, page.evaluate("() => navigator.clipboard.readText()"));

    item.locator("[data-chorus=share]").click();
    page.locator("#chorus-panel [data-chorus=share-page]").click();
    page.waitForURL(Pattern.compile(".*/feed/\\?shareActive=true&text=.*"));
    String link = chorus.trackedLink(SANNE, id, "linkedin");
    waitForComposerWith(link);
    assertThat(status()).hasText("Ready in the composer: change the words if you like, then post.");
    assertEquals(text, composerText(), "prefilled once by LinkedIn, nothing added");
    page.locator(OUTLET + " button.share-actions__primary-action").click();
    assertThat(status()).containsText("Shared!");
    assertEquals(1, chorus.shares(SANNE, id));
  }

  @Test
  @DisplayName("The server-driven feed in French (a div[role=button] 'Commencer un post', no stable attribute): Share opens LinkedIn's own composer at once, no detour to the prefilled page")
  void serverDrivenShareBoxInFrench() {
    long id = chorus.addItem("Server-driven feed", "Found by its words, in French.");
    page = chorus.browser.open("https://www.linkedin.com/feed/?feed=sdui&lang=fr");
    page.evaluate("() => { window.__noReload = true; }");
    card(page, "Server-driven feed").locator("[data-chorus=share]").click();

    waitForComposerWith(chorus.trackedLink(SANNE, id, "linkedin"));
    assertEquals(true, page.evaluate("() => window.__noReload"), "no reload into ?shareActive");
    assertFalse(page.url().contains("shareActive"), page.url());
    assertTrue(page.evaluate("() => __fixture.timeline.composerRequested") != null, "LinkedIn's share box was used");
    post().click();
    assertThat(status()).containsText("Shared!");
    assertEquals(1, chorus.shares(SANNE, id));
  }

  @Test
  @DisplayName("With hashed class names only (no share-box or Post class) the share box, composer and Post are found by role, structure and words; the close, toolbar and Discard buttons never count")
  void hashedClasses() {
    long id = chorus.addItem("Hashed classes", "Nothing but roles to go by.");
    page = chorus.browser.open("https://www.linkedin.com/feed/?classes=hashed");
    page.evaluate("() => { window.__noReload = true; }");
    card(page, "Hashed classes").locator("[data-chorus=share]").click();
    String link = chorus.trackedLink(SANNE, id, "linkedin");
    waitForComposerWith(link);
    assertEquals(true, page.evaluate("() => window.__noReload"), "no reload into ?shareActive");

    // Toolbar buttons between the editor and Post are not Post.
    page.locator(OUTLET + " [role=dialog] button[aria-label='Add media']").click();
    page.locator(OUTLET + " [role=dialog] button[aria-label='Schedule post']").click();
    post().click();

    assertThat(status()).containsText("Shared!");
    assertEquals(1, chorus.shares(SANNE, id));
  }

  @Test
  @DisplayName("The newer composer (a native <dialog> with a Tiptap editor and hashed classes) gets the text, and its Post is counted")
  void tiptapComposer() {
    long id = chorus.addItem("Tiptap composer", "Into the newer editor.");
    page = chorus.browser.open("https://www.linkedin.com/feed/?composer=tiptap");
    card(page, "Tiptap composer").locator("[data-chorus=share]").click();
    String link = chorus.trackedLink(SANNE, id, "linkedin");
    waitForComposerWith(link);
    assertThat(page.locator(OUTLET + " dialog[open] .ProseMirror")).containsText(link);
    post().click();
    assertThat(status()).containsText("Shared!");
    assertEquals("tiptap", page.evaluate("() => __fixture.posts[0].composer"));
  }

  @Test
  @DisplayName("When the employee opens the composer with the panel unfolded, the panel moves off it: LinkedIn's Post, close and editor stay uncovered; closing the composer brings the panel back")
  void panelNeverCoversTheComposer() {
    chorus.addItem("Fills the panel one", "One more card, so the panel is tall.");
    chorus.addItem("Fills the panel two", "And another card.");
    page = chorus.browser.open("https://www.linkedin.com/feed/");
    assertThat(card(page, "Fills the panel two")).isVisible();
    Locator panel = page.locator("#chorus-panel aside.panel");
    assertFalse((Boolean) panel.evaluate("p => p.classList.contains('minimized')"), "unfolded");
    BoundingBox before = panel.boundingBox();

    page.locator(OUTLET + " button.share-box-feed-entry__trigger").click();
    Locator post = page.locator(OUTLET + " button.share-actions__primary-action");
    assertThat(post).isVisible();
    BoundingBox postBox = post.boundingBox();
    assertTrue(overlap(before, postBox), "where the panel was, it would cover Post: " + before + " / " + postBox);

    Locator dialog = page.locator(OUTLET + " [role=dialog]");
    page.waitForCondition(() -> !panelShown(page) || !overlap(panel.boundingBox(), dialog.boundingBox()));
    for (Locator control : List.of(post, page.locator(OUTLET + " [role=dialog] button[aria-label=Dismiss]"),
        page.locator(OUTLET + " [role=dialog] .ql-editor"))) {
      BoundingBox b = control.boundingBox();
      for (double[] p : new double[][] {{b.x + 2, b.y + 2}, {b.x + b.width - 2, b.y + b.height - 2}, {b.x + b.width / 2, b.y + b.height / 2}}) {
        assertEquals(false, page.evaluate("([x, y]) => document.elementFromPoint(x, y).id === 'chorus-panel'", List.of(p[0], p[1])),
            "the panel covers a control at " + p[0] + "," + p[1]);
      }
    }
    assertTrue(panelShown(page), "it moved or folded; it did not vanish");

    page.locator(OUTLET + " [role=dialog] button[aria-label=Dismiss]").click();
    page.waitForCondition(() -> !(Boolean) panel.evaluate("p => p.classList.contains('minimized')"));
    assertEquals(before.x, panel.boundingBox().x, 1.0, "back in its corner");
  }

  private static boolean overlap(BoundingBox a, BoundingBox b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }

  @Test
  @DisplayName("Messaging (reached in the app, without a reload) has no panel, and its message box never gets text; back on the feed the panel returns")
  void messagingHasNoPanel() {
    page = chorus.browser.open("https://www.linkedin.com/feed/");
    assertThat(page.locator("#chorus-panel li.card").first()).isVisible();
    page.locator("#global-nav a[href='/messaging/']").click();
    assertThat(page.locator("main form [contenteditable=true]")).isVisible();
    page.waitForCondition(() -> !panelShown(page));
    assertThat(page.locator("main form [contenteditable=true]")).hasText("");

    page.locator("#global-nav a[href='/feed/']").click();
    page.waitForCondition(() -> panelShown(page));
    assertThat(page.locator("#chorus-panel li.card").first()).isVisible();
  }

  @Test
  @DisplayName("LinkedIn's share page (/sharing/share-offsite/, its composer in the page, not prefilled) gets the text, and its Post is counted")
  void shareOffsitePage() {
    long id = chorus.addItem("Share page item", "Shared from LinkedIn's share page.");
    page = chorus.browser.open("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Facme.example%2Fnews");
    card(page, "Share page item").locator("[data-chorus=share]").click();
    String link = chorus.trackedLink(SANNE, id, "linkedin");
    assertThat(page.locator("main ._sh4r3p [contenteditable=true]")).containsText(link);
    page.locator("main button.share-actions__primary-action").click();
    assertThat(status()).containsText("Shared!");
    assertEquals("share-page", page.evaluate("() => __fixture.posts[0].composer"));
  }

  @Test
  @DisplayName("A hostile item title (<img src=x onerror=…>) is shown as plain text in the panel: no element is made of it, nothing runs")
  void hostileTitleIsText() {
    String hostile = "<img src=x onerror=\"window.__pwned=1;document.title='pwned'\">Robots & you";
    chorus.addItem(hostile, "A title that tries to be markup.");
    page = chorus.browser.open("https://www.linkedin.com/feed/");
    Locator item = card(page, "Robots & you");
    assertThat(item.locator(".title")).hasText(hostile);
    assertEquals(0, ((Number) page.evaluate("() => document.getElementById('chorus-panel').shadowRoot.querySelectorAll('img').length")).intValue());
    assertThat(item.locator(".title bdi.user-text")).hasText(hostile);
    assertThat(item.locator("[data-chorus=share]")).hasAttribute("aria-label", "Share “\u2068" + hostile + "\u2069” on LinkedIn");
    assertNull(page.evaluate("() => window.__pwned"));
    assertFalse(page.title().contains("pwned"));
  }
}
