package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The X fixture behaves like x.com in the ways that break extensions. No extension is loaded: these
 * tests drive the page the way an extension (or a person) would.
 */
class XFixtureTest {

  private static final String STATUS_URL = "https://x\\.com/chorus_advocate/status/\\d{19}";

  private static FixtureSites sites;
  private static ChromiumWithExtension browser;
  private Page page;

  @RegisterExtension
  static final TestWatcher DIAGNOSTICS = ChromiumWithExtension.diagnosticsOnFailure(() -> browser);

  @BeforeAll
  static void start() {
    sites = FixtureSites.start();
    browser = ChromiumWithExtension.launch(sites);
  }

  @AfterAll
  static void stop() {
    ChromiumWithExtension.closeBoth(browser, sites);
  }

  @AfterEach
  void closePage() {
    if (page != null) {
      page.close();
    }
  }

  private Page home(String url) {
    page = browser.open(url);
    assertThat(inlineEditor()).isVisible();
    return page;
  }

  private Locator inlineEditor() {
    return page.locator("[data-testid=primaryColumn] [data-testid=tweetTextarea_0]");
  }

  private Locator inlineButton() {
    return page.getByTestId("tweetButtonInline");
  }

  private Locator modalEditor() {
    return page.locator("[role=dialog] [data-testid=tweetTextarea_0]");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> eval(String js) {
    return (Map<String, Object>) page.evaluate(js);
  }

  private Object model() {
    return page.evaluate("() => __fixture.models()[0].text");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "ed.textContent = 'Injected text'",
      "ed.innerHTML = '<div data-contents=\"true\"><div data-block=\"true\"><span data-text=\"true\">Injected text</span></div></div>'",
      "ed.querySelector('[data-offset-key]').textContent = 'Injected text'",
      "ed.textContent = 'Injected text'; ed.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'Injected text' }))"})
  @DisplayName("Text written into tweetTextarea_0's DOM without a trusted input event is reverted: it vanishes, the model stays empty, Post stays disabled")
  void domWritesAreReverted(String write) {
    home("https://x.com/home");
    Map<String, Object> r = eval("async () => {"
        + " const ed = document.querySelector('[data-testid=tweetTextarea_0]');"
        + " ed.focus();"
        + write + ";"
        + " const written = ed.textContent;"
        + " await Promise.resolve();"
        + " return { written, after: ed.textContent, model: __fixture.models()[0].text,"
        + "   disabled: document.querySelector('[data-testid=tweetButtonInline]').disabled }; }");
    assertEquals(Map.of("written", "Injected text", "after", "", "model", "", "disabled", true), r);
    assertThat(inlineButton()).isDisabled();
  }

  @Test
  @DisplayName("document.execCommand('insertText') reaches X's model and enables tweetButtonInline")
  void execCommandInsertText() {
    home("https://x.com/home");
    page.evaluate("() => { const ed = document.querySelector('[data-testid=tweetTextarea_0]');"
        + " ed.focus(); document.execCommand('insertText', false, 'Inserted by execCommand'); }");
    assertThat(inlineButton()).isEnabled();
    assertEquals("Inserted by execCommand", model());
    assertThat(inlineEditor()).hasText("Inserted by execCommand");
  }

  @Test
  @DisplayName("A synthetic paste event carrying a DataTransfer with text/plain reaches X's model and enables tweetButtonInline")
  void dataTransferPaste() {
    home("https://x.com/home");
    page.evaluate("() => { const ed = document.querySelector('[data-testid=tweetTextarea_0]'); ed.focus();"
        + " const data = new DataTransfer(); data.setData('text/plain', 'Pasted line one\\nline two');"
        + " ed.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); }");
    assertThat(inlineButton()).isEnabled();
    assertEquals("Pasted line one\nline two", model());
    assertEquals(2, inlineEditor().locator("[data-block=true]").count());
  }

  @Test
  @DisplayName("More than 280 weighted characters (a URL weighs 23, CJK 2) keep Post disabled")
  void overLimitDisablesPost() {
    home("https://x.com/home");
    inlineEditor().focus();
    page.evaluate("() => document.execCommand('insertText', false, '界'.repeat(140))");
    assertThat(inlineButton()).isEnabled();
    page.evaluate("() => document.execCommand('insertText', false, 'a')");
    assertThat(inlineButton()).isDisabled();
    assertEquals(281, ((Number) page.evaluate("() => __fixture.weightedLength(__fixture.models()[0].text)")).intValue());
    // 23 for the URL, 1 per Latin character or space, 2 for the emoji sequence.
    assertEquals(23 + 3 + 2 + 2, ((Number) page.evaluate(
        "() => __fixture.weightedLength('https://example.com/a/very/long/path x 👩‍💻 é')")).intValue());
  }

  @Test
  @DisplayName("SideNav_NewTweet_Button opens the modal at /compose/post: two tweetTextarea_0 exist, and the modal's button is tweetButton")
  void sideNavOpensModal() {
    home("https://x.com/home");
    page.getByTestId("SideNav_NewTweet_Button").click();
    assertThat(modalEditor()).isVisible();
    assertEquals("https://x.com/compose/post", page.url());
    assertThat(page.getByTestId("tweetTextarea_0")).hasCount(2);
    assertThat(page.getByTestId("tweetButton")).isVisible();
    page.getByTestId("app-bar-close").click();
    assertThat(page.getByTestId("tweetTextarea_0")).hasCount(1);
    page.waitForURL("https://x.com/home");
  }

  @Test
  @DisplayName("/compose/post loaded by URL shows the modal over home: two tweetTextarea_0 and a tweetButton")
  void composeByUrl() {
    page = browser.open("https://x.com/compose/post");
    assertThat(modalEditor()).isVisible();
    assertThat(page.getByTestId("tweetTextarea_0")).hasCount(2);
    assertThat(page.getByTestId("tweetButton")).isDisabled();
  }

  @Test
  @DisplayName("Typing then tweetButtonInline shows toast 'Your post was sent.' with View → /<user>/status/<19 digits>, records the post and empties the editor")
  void inlinePost() {
    home("https://x.com/home");
    inlineEditor().pressSequentially("Typed by a person #chorus");
    inlineButton().click();
    Locator toast = page.getByTestId("toast");
    assertThat(toast).containsText("Your post was sent.");
    Locator view = toast.getByRole(AriaRole.LINK);
    assertThat(view).hasText("View");
    String url = (String) view.evaluate("a => a.href");
    assertTrue(url.matches(STATUS_URL), url);
    assertEquals(List.of(Map.of("text", "Typed by a person #chorus", "url", url, "composer", "inline")),
        page.evaluate("() => __fixture.posts"));
    assertEquals("", model());
    assertThat(inlineButton()).isDisabled();
  }

  @Test
  @DisplayName("Ctrl+Enter in the modal's editor posts, closes the modal and returns to /home")
  void ctrlEnterPostsFromModal() {
    home("https://x.com/home");
    page.getByTestId("SideNav_NewTweet_Button").click();
    modalEditor().pressSequentially("Posted with the keyboard");
    modalEditor().press("Control+Enter");
    assertThat(page.getByTestId("toast")).containsText("Your post was sent.");
    assertThat(page.locator("[role=dialog]")).hasCount(0);
    page.waitForURL("https://x.com/home");
    assertEquals("Posted with the keyboard", page.evaluate("() => __fixture.posts[0].text"));
    assertEquals("modal", page.evaluate("() => __fixture.posts[0].composer"));
  }

  @Test
  @DisplayName("With failNextPost set, Post shows the error toast, records nothing and keeps the draft")
  void failedPost() {
    home("https://x.com/home");
    page.evaluate("() => { __fixture.failNextPost = true; }");
    inlineEditor().pressSequentially("This one fails");
    inlineButton().click();
    assertThat(page.getByTestId("toast"))
        .hasText("Something went wrong, but don't fret — let's give it another shot.");
    assertEquals(List.of(), page.evaluate("() => __fixture.posts"));
    assertEquals(List.of("This one fails"), page.evaluate("() => __fixture.failedPosts"));
    assertEquals("This one fails", model());
    assertThat(inlineButton()).isEnabled();
  }

  @ParameterizedTest(name = "/intent/{0}")
  @ValueSource(strings = {"post", "tweet"})
  @DisplayName("The intent page prefills X's model with text, then url, then #hashtags, and enables tweetButton")
  void intentPrefills(String path) {
    page = browser.open("https://x.com/intent/" + path
        + "?text=Join%20us&url=https%3A%2F%2Facme.example%2Fjobs&hashtags=tobeapartner,AcmeEmployee");
    Locator editor = page.getByTestId("tweetTextarea_0");
    assertThat(editor).hasText("Join us https://acme.example/jobs #tobeapartner #AcmeEmployee");
    assertThat(editor).hasCount(1);
    assertEquals("Join us https://acme.example/jobs #tobeapartner #AcmeEmployee", model());
    assertThat(page.getByTestId("tweetButton")).isEnabled();
  }

  @Test
  @DisplayName("twitter.com serves the X fixture, where posting works the same")
  void twitterDotCom() {
    home("https://twitter.com/home");
    inlineEditor().pressSequentially("From twitter.com");
    inlineButton().click();
    assertThat(page.getByTestId("toast")).containsText("Your post was sent.");
    assertTrue(((String) page.evaluate("() => __fixture.posts[0].url")).startsWith("https://twitter.com/chorus_advocate/status/"));
  }

  @Test
  @DisplayName("?lang=fr labels Post 'Publier' and the success toast 'Votre post a été envoyé.'")
  void french() {
    home("https://x.com/home?lang=fr");
    assertThat(inlineButton()).hasText("Publier");
    inlineEditor().pressSequentially("Bonjour");
    inlineButton().click();
    assertThat(page.getByTestId("toast")).containsText("Votre post a été envoyé.");
  }

  @Test
  @DisplayName("A status page's reply box is also tweetTextarea_0 + tweetButtonInline (labelled Reply); replying records a reply, not a post")
  void replyBoxLooksLikeComposer() {
    home("https://x.com/home");
    page.locator("article[data-testid=tweet] a[href*='/status/']").first().click();
    Locator reply = page.getByTestId("tweetTextarea_0");
    assertThat(inlineButton()).hasText("Reply");
    assertThat(reply).hasCount(1);
    reply.pressSequentially("Congratulations!");
    inlineButton().click();
    assertThat(page.getByTestId("toast")).containsText("Your post was sent.");
    assertEquals(List.of(), page.evaluate("() => __fixture.posts"));
    assertEquals("Congratulations!", page.evaluate("() => __fixture.replies[0].text"));
  }

  @Test
  @DisplayName("The intent page's composer sits in the page's main, not in a dialog, with the side nav's New post still there")
  void intentComposerInMain() {
    page = browser.open("https://x.com/intent/post?text=Hello%20there");
    assertThat(page.locator("main [data-testid=tweetTextarea_0]")).hasText("Hello there");
    assertEquals(0, page.locator("[role=dialog]").count());
    assertThat(page.getByTestId("SideNav_NewTweet_Button")).isVisible();
    page.getByTestId("tweetButton").click();
    assertThat(page.getByTestId("toast")).containsText("Your post was sent.");
    assertEquals("intent", page.evaluate("() => __fixture.posts[0].composer"));
  }

  @Test
  @DisplayName("A post's reply button opens a dialog at /compose/post quoting that post, with tweetTextarea_0 and a tweetButton labelled Reply; replying records a reply")
  void replyDialog() {
    home("https://x.com/home");
    page.locator("[data-testid=primaryColumn] article [data-testid=reply]").first().click();
    Locator dialog = page.locator("[role=dialog]");
    assertThat(dialog.locator("article[data-testid=tweet]")).hasCount(1);
    assertThat(dialog.getByTestId("tweetButton")).hasText("Reply");
    assertTrue(page.url().endsWith("/compose/post"), page.url());
    dialog.getByTestId("tweetTextarea_0").pressSequentially("Well done!");
    dialog.getByTestId("tweetButton").click();
    assertThat(page.getByTestId("toast")).containsText("Your post was sent.");
    assertEquals(List.of(), page.evaluate("() => __fixture.posts"));
    assertEquals("reply-modal", page.evaluate("() => __fixture.replies[0].composer"));
  }

  @Test
  @DisplayName("/explore has no composer, only the side nav's New post; /messages has a DM box that is not a tweetTextarea")
  void exploreAndMessages() {
    home("https://x.com/home");
    page.getByTestId("AppTabBar_Explore_Link").click();
    assertThat(page.locator("article[data-testid=tweet]").first()).isVisible();
    assertEquals(0, page.getByTestId("tweetTextarea_0").count());
    page.getByTestId("AppTabBar_DirectMessage_Link").click();
    assertThat(page.getByTestId("dmComposerTextInput")).isVisible();
    assertEquals(0, page.getByTestId("tweetTextarea_0").count());
  }

  @Test
  @DisplayName("?render=hold keeps X on its splash until __fixture.render(); ?renderMs delays it")
  void lateRender() {
    page = browser.open("https://x.com/home?render=hold");
    assertThat(page.locator("#placeholder")).isAttached();
    assertEquals(0, page.locator("main").count());
    page.evaluate("() => __fixture.render()");
    assertThat(inlineEditor()).isVisible();
  }
}
