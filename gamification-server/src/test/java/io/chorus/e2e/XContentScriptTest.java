package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.chorus.e2e.SignedInChorus.card;
import static io.chorus.e2e.SignedInChorus.panelShown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.chorus.shared.Network;
import io.chorus.shared.text.ShareText;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The X content script on the X fixture, signed in as Jānis: Share puts the text into the composer the
 * employee is looking at, once, and never anywhere else.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("On X, Share fills the right composer")
class XContentScriptTest {
  private static final String JANIS = "janis@acme.example";
  private static final String RIGA_LAB = "Acme opens its robotics lab in Riga";

  private static SignedInChorus chorus;
  private Page page;

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> chorus == null ? null : chorus.browser);

  @BeforeAll
  static void start(Vertx vertx) {
    chorus = SignedInChorus.start(vertx, "x_content", JANIS);
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

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> models() {
    return (List<Map<String, Object>>) page.evaluate("() => __fixture.models()");
  }

  @Test
  @DisplayName("Share clicked while X still shows its splash fills the home composer once the app renders, without a detour to the intent page")
  void shareBeforeTheAppRenders() {
    page = chorus.browser.open("https://x.com/home?render=hold");
    assertThat(card(page, RIGA_LAB)).isVisible();
    assertEquals(0, page.locator("[data-testid=tweetTextarea_0]").count(), "X is still on its splash");

    card(page, RIGA_LAB).locator("[data-chorus=share]").click();
    assertThat(page.locator("#chorus-panel .status")).containsText("Opening X's composer");
    page.evaluate("() => __fixture.render()");

    String link = chorus.trackedLink(JANIS, RIGA_LAB, "x");
    page.waitForFunction("link => __fixture.models().some(m => m.text.includes(link))", link);
    assertEquals("/home", URI.create(page.url()).getPath(), "no detour to the intent page");
    assertEquals(1, models().size(), "one composer: " + models());
    assertEquals("inline", models().get(0).get("composer"));
    assertThat(page.getByTestId("tweetButtonInline")).isEnabled();
    assertThat(page.locator("#chorus-panel .status")).containsText("Ready in the composer");
  }

  @Test
  @DisplayName("A Post clicked the moment the text lands in the composer is still counted")
  void postTheMomentTheTextLands() {
    String title = "How Kuala Lumpur cut delivery times by 30%";
    page = chorus.browser.open("https://x.com/home");
    assertThat(page.locator("[data-testid=primaryColumn] [data-testid=tweetTextarea_0]")).isVisible();
    String link = chorus.trackedLink(JANIS, title, "x");
    // Post in the task right after the text arrives: faster than any person, so nothing can be later.
    page.evaluate("link => { const editor = document.querySelector('[data-testid=primaryColumn] [data-testid=tweetTextarea_0]');"
        + " editor.addEventListener('input', () => setTimeout(() => {"
        + "   if (__fixture.models().some(m => m.text.includes(link)) && !__fixture.posts.length)"
        + "     document.querySelector('[data-testid=tweetButtonInline]').click(); }, 0)); }", link);

    card(page, title).locator("[data-chorus=share]").click();

    assertThat(page.locator("#chorus-panel .status")).containsText("Shared!");
    String postUrl = (String) page.evaluate("() => __fixture.posts[0].url");
    assertEquals(postUrl, chorus.node.sql.text("SELECT post_url FROM share WHERE employee_id = ? AND content_id = ?",
        chorus.node.employeeId(JANIS), chorus.node.contentId(title)));
  }

  private String link(long id) {
    return chorus.trackedLink(JANIS, id, "x");
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  @DisplayName("On the intent page (its composer in the page's main, prefilled) Share adds nothing and opens no modal over it; the intent's own Post is counted")
  void intentPageGetsNoSecondCopy() {
    long id = chorus.addItem("Via the intent page", "X prefills the intent page itself.");
    page = chorus.browser.open("https://x.com/home");
    String text = card(page, "Via the intent page").locator(".text").textContent();
    page.close();
    page = chorus.browser.open("https://x.com/intent/post?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));

    card(page, "Via the intent page").locator("[data-chorus=share]").click();

    assertThat(page.locator("#chorus-panel .status")).hasText("Ready in the composer: change the words if you like, then post.");
    assertEquals(0, page.locator("[role=dialog]").count(), "no compose modal over the intent page");
    assertEquals(List.of(Map.of("composer", "intent", "text", text)), models());
    assertEquals(1, occurrences((String) models().get(0).get("text"), link(id)));
    page.getByTestId("tweetButton").click();
    assertThat(page.locator("#chorus-panel .status")).containsText("Shared!");
    assertEquals(text, chorus.postedText(JANIS, id));
  }

  @Test
  @DisplayName("A post's page (its reply box) has no panel; Home, reached in the app, shows it, and Share fills the home composer")
  void replyPageThenHome() {
    long id = chorus.addItem("After in-app navigation", "Shared after moving around X.");
    page = chorus.browser.open("https://x.com/home");
    assertThat(card(page, "After in-app navigation")).isVisible();
    page.locator("[data-testid=primaryColumn] article a[href*='/status/']").first().click();
    assertThat(page.getByTestId("tweetButtonInline")).hasText("Reply");
    page.waitForCondition(() -> !panelShown(page));

    page.getByTestId("AppTabBar_Home_Link").click();
    page.waitForCondition(() -> panelShown(page));
    card(page, "After in-app navigation").locator("[data-chorus=share]").click();
    page.waitForFunction("link => __fixture.models().some(m => m.composer === 'inline' && m.text.includes(link))", link(id));
    assertEquals(List.of(), page.evaluate("() => __fixture.replies"));
  }

  @Test
  @DisplayName("While a reply dialog is open (it quotes the post replied to) the panel is away and the reply box gets nothing; closing it brings the panel back")
  void replyDialogHasNoPanel() {
    page = chorus.browser.open("https://x.com/home");
    assertThat(page.locator("#chorus-panel li.card").first()).isVisible();
    page.locator("[data-testid=primaryColumn] article [data-testid=reply]").first().click();
    Locator dialog = page.locator("[role=dialog]");
    assertThat(dialog.getByTestId("tweetButton")).hasText("Reply");
    page.waitForCondition(() -> !panelShown(page));
    assertThat(dialog.getByTestId("tweetTextarea_0")).hasText("");

    page.getByTestId("app-bar-close").click();
    page.waitForCondition(() -> panelShown(page));
  }

  @Test
  @DisplayName("A page without a composer (Explore): Share opens X's compose modal with the side nav's New post, fills it, and posting it with Ctrl+Enter is counted")
  void composeModalFromExplore() {
    long id = chorus.addItem("From the explore page", "Shared through the compose modal.");
    page = chorus.browser.open("https://x.com/explore");
    card(page, "From the explore page").locator("[data-chorus=share]").click();
    Locator modalEditor = page.locator("[role=dialog] [data-testid=tweetTextarea_0]");
    assertThat(modalEditor).containsText(link(id));
    modalEditor.press("Control+Enter");
    assertThat(page.locator("#chorus-panel .status")).containsText("Shared!");
    assertEquals("modal", page.evaluate("() => __fixture.posts[0].composer"));
    assertEquals(1, chorus.shares(JANIS, id));
  }

  @Test
  @DisplayName("While the employee edits, the panel counts what is left as X weighs it (CJK 2, a link 23) and says when their own words earn the bonus")
  void remainingCharactersUpdateLive() {
    long id = chorus.addItem("Counted live", "Counted while you type.");
    page = chorus.browser.open("https://x.com/home");
    card(page, "Counted live").locator("[data-chorus=share]").click();
    page.waitForFunction("link => __fixture.models().some(m => m.text.includes(link))", link(id));
    Locator composing = page.locator("#chorus-panel .composing");
    String draft = (String) models().get(0).get("text");
    assertThat(composing).hasText((280 - ShareText.length(Network.X, draft)) + " characters left · Add a few words of your own: +5 points");

    page.getByTestId("tweetTextarea_0").press("End");
    page.keyboard().type(" 東京 office says hello to everyone");
    String edited = (String) models().get(0).get("text");
    assertTrue(edited.endsWith("東京 office says hello to everyone"), edited);
    assertThat(composing).hasText((280 - ShareText.length(Network.X, edited)) + " characters left · Your own words earn +5 points");
  }

  @Test
  @DisplayName("Direct messages (reached in the app) have no panel, and the message box never gets text")
  void messagesHaveNoPanel() {
    page = chorus.browser.open("https://x.com/home");
    assertThat(page.locator("#chorus-panel li.card").first()).isVisible();
    page.getByTestId("AppTabBar_DirectMessage_Link").click();
    assertThat(page.getByTestId("dmComposerTextInput")).isVisible();
    page.waitForCondition(() -> !panelShown(page));
    assertThat(page.getByTestId("dmComposerTextInput")).hasText("");
  }
}
