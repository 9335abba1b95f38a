package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The LinkedIn fixture behaves like www.linkedin.com in the ways that break extensions. No extension
 * is loaded: these tests drive the page the way an extension (or a person) would.
 */
class LinkedInFixtureTest {

  private static final String EDITOR_LABEL = "Text editor for creating content";
  private static final String OUTLET = "document.getElementById('interop-outlet').shadowRoot";

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

  private Locator startPost() {
    return page.locator("#interop-outlet button.share-box-feed-entry__trigger");
  }

  private Locator dialog() {
    return page.locator("#interop-outlet [role=dialog]");
  }

  private Locator composerEditor() {
    return page.locator("#interop-outlet [role=dialog] .ql-editor");
  }

  private Locator postButton() {
    return page.locator("#interop-outlet button.share-actions__primary-action");
  }

  private void openComposer() {
    startPost().click();
    assertThat(composerEditor()).isVisible();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> eval(String js) {
    return (Map<String, Object>) page.evaluate(js);
  }

  @Test
  @DisplayName("The share box renders after the load event inside #interop-outlet's open shadow root, out of document.querySelector's reach")
  void shareBoxInShadowRootAndLate() {
    page = browser.open("https://www.linkedin.com/feed/");
    assertThat(startPost()).hasText("Start a post");
    Map<String, Object> r = eval("() => ({"
        + " mode: " + OUTLET + ".mode,"
        + " inShadow: !!" + OUTLET + ".querySelector('button.share-box-feed-entry__trigger'),"
        + " inLightDom: !!document.querySelector('button.share-box-feed-entry__trigger'),"
        + " load: __fixture.timeline.load, shareBox: __fixture.timeline.shareBox })");
    assertEquals("open", r.get("mode"));
    assertEquals(true, r.get("inShadow"));
    assertEquals(false, r.get("inLightDom"));
    assertTrue(((Number) r.get("shareBox")).doubleValue() - ((Number) r.get("load")).doubleValue() >= 250, r.toString());
  }

  @Test
  @DisplayName("Comment boxes in the light DOM use the composer's editor: .ql-editor, contenteditable, role=textbox, the same aria-label")
  void commentBoxesLookLikeTheComposer() {
    page = browser.open("https://www.linkedin.com/feed/");
    openComposer();
    Locator lookAlikes = page.locator("main .ql-editor[contenteditable=true][role=textbox][aria-label='" + EDITOR_LABEL + "']");
    assertTrue(lookAlikes.count() >= 2, "comment editors: " + lookAlikes.count());
    assertThat(composerEditor()).hasAttribute("aria-label", EDITOR_LABEL);
    assertThat(composerEditor()).hasAttribute("role", "textbox");
    assertThat(composerEditor()).hasAttribute("contenteditable", "true");
    assertEquals(lookAlikes.count() + 1, page.locator("[aria-label='" + EDITOR_LABEL + "']").count());
    assertEquals(lookAlikes.count(), ((Number) page.evaluate(
        "l => document.querySelectorAll(`[aria-label=\"${l}\"]`).length", EDITOR_LABEL)).intValue(),
        "document.querySelectorAll sees only the comment editors");
  }

  @Test
  @DisplayName("Start a post opens the 'Create post modal' dialog at least 300 ms after the click, inside the shadow root")
  void composerOpensLate() {
    page = browser.open("https://www.linkedin.com/feed/");
    openComposer();
    assertThat(dialog()).hasAttribute("aria-label", "Create post modal");
    Map<String, Object> r = eval("() => ({ requested: __fixture.timeline.composerRequested,"
        + " shown: __fixture.timeline.composer, inLightDom: !!document.querySelector('[role=dialog]') })");
    assertTrue(((Number) r.get("shown")).doubleValue() - ((Number) r.get("requested")).doubleValue() >= 300, r.toString());
    assertEquals(false, r.get("inLightDom"));
  }

  @Test
  @DisplayName("After execCommand('insertText') the model has the text, Post is still disabled after microtasks, and enabled a tick later")
  void postEnablesATickLater() {
    page = browser.open("https://www.linkedin.com/feed/");
    openComposer();
    Map<String, Object> r = eval("async () => {"
        + " const root = " + OUTLET + ";"
        + " const editor = root.querySelector('[role=dialog] .ql-editor');"
        + " const post = root.querySelector('button.share-actions__primary-action');"
        + " editor.focus();"
        + " const before = post.disabled;"
        + " document.execCommand('insertText', false, 'Hello from Chorus');"
        + " const sameTask = post.disabled;"
        + " await Promise.resolve();"
        + " const afterMicrotasks = post.disabled;"
        + " const model = __fixture.composerText();"
        + " await new Promise(r => setTimeout(r, 0));"
        + " return { before, sameTask, afterMicrotasks, model, nextTick: post.disabled }; }");
    assertEquals(Map.of("before", true, "sameTask", true, "afterMicrotasks", true,
        "model", "Hello from Chorus", "nextTick", false), r);
  }

  @Test
  @DisplayName("Quill follows direct DOM writes: innerHTML on the composer's editor reaches the model and enables Post")
  void quillFollowsDomWrites() {
    page = browser.open("https://www.linkedin.com/feed/");
    openComposer();
    page.evaluate("() => { " + OUTLET + ".querySelector('[role=dialog] .ql-editor').innerHTML ="
        + " '<p>Written into the DOM</p><p>line two</p>'; }");
    assertThat(postButton()).isEnabled();
    assertEquals("Written into the DOM\nline two", page.evaluate("() => __fixture.composerText()"));
  }

  @Test
  @DisplayName("A comment typed and submitted under a feed post is recorded as a comment, never as a post")
  void commentIsNotAPost() {
    page = browser.open("https://www.linkedin.com/feed/");
    Locator comment = page.locator("main .comments-comment-box").first();
    comment.locator(".ql-editor").pressSequentially("Congratulations!");
    Locator submit = comment.locator("button.comments-comment-box__submit-button--cr");
    assertThat(submit).isEnabled();
    submit.click();
    assertEquals("Congratulations!", page.evaluate("() => __fixture.comments[0].text"));
    assertEquals(List.of(), page.evaluate("() => __fixture.posts"));
    assertThat(dialog()).hasCount(0);
  }

  @Test
  @DisplayName("A synthetic paste event carrying a DataTransfer inserts nothing into the Quill composer")
  void syntheticPasteIgnored() {
    page = browser.open("https://www.linkedin.com/feed/");
    openComposer();
    page.evaluate("() => {"
        + " const editor = " + OUTLET + ".querySelector('[role=dialog] .ql-editor');"
        + " editor.focus();"
        + " const data = new DataTransfer(); data.setData('text/plain', 'pasted by a script');"
        + " editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));"
        + " }");
    // Something later that does work, so the assertion waits on a condition rather than a clock.
    composerEditor().pressSequentially("typed");
    assertThat(postButton()).isEnabled();
    assertEquals("typed", page.evaluate("() => __fixture.composerText()"));
    assertThat(composerEditor()).hasText("typed");
  }

  @Test
  @DisplayName("Post closes the dialog, shows 'Post successful. View post' linking /feed/update/urn:li:activity:<19 digits>/, and records the post")
  void postingShowsToast() {
    page = browser.open("https://www.linkedin.com/feed/");
    openComposer();
    composerEditor().pressSequentially("Proud of our team #chorus");
    assertThat(postButton()).isEnabled();
    postButton().click();
    assertThat(dialog()).hasCount(0);
    Locator toast = page.locator("#interop-outlet [data-test-artdeco-toast-item-type=success]");
    assertThat(toast).containsText("Post successful.");
    Locator view = toast.getByRole(com.microsoft.playwright.options.AriaRole.LINK);
    assertThat(view).hasText("View post");
    String href = view.getAttribute("href");
    assertTrue(href.matches("https://www\\.linkedin\\.com/feed/update/urn:li:activity:\\d{19}/"), href);
    assertEquals(List.of(Map.of("text", "Proud of our team #chorus", "url", href, "composer", "quill")),
        page.evaluate("() => __fixture.posts"));
  }

  @Test
  @DisplayName("With failNextPost set, Post shows an error toast and records nothing")
  void failedPost() {
    page = browser.open("https://www.linkedin.com/feed/");
    openComposer();
    page.evaluate("() => { __fixture.failNextPost = true; }");
    composerEditor().pressSequentially("This one fails");
    assertThat(postButton()).isEnabled();
    postButton().click();
    assertThat(page.locator("#interop-outlet [data-test-artdeco-toast-item-type=error]"))
        .containsText("Something went wrong");
    assertEquals(List.of(), page.evaluate("() => __fixture.posts"));
    assertEquals(List.of("This one fails"), page.evaluate("() => __fixture.failedPosts"));
  }

  @Test
  @DisplayName("?shareActive=true&text=… shows a busy placeholder dialog without an editor, then swaps in a new composer prefilled with the text")
  void shareActivePrefill() {
    page = browser.open("https://www.linkedin.com/feed/?shareActive=true&text=" + "Hello%20LinkedIn%0Asecond%20line");
    ElementHandle placeholder = page.waitForSelector("#interop-outlet [role=dialog][aria-busy=true]");
    assertEquals(0, placeholder.querySelectorAll(".ql-editor").size());
    assertEquals("Create post modal", placeholder.getAttribute("aria-label"));
    assertThat(composerEditor()).hasText("Hello LinkedInsecond line");
    assertThat(postButton()).isEnabled();
    assertFalse((Boolean) placeholder.evaluate("e => e.isConnected"), "placeholder was replaced, not reused");
    assertEquals("Hello LinkedIn\nsecond line", page.evaluate("() => __fixture.composerText()"));
    Map<String, Object> t = eval("() => __fixture.timeline");
    assertTrue(((Number) t.get("composer")).doubleValue() - ((Number) t.get("placeholder")).doubleValue() >= 500, t.toString());
  }

  @Test
  @DisplayName("?lang=fr labels the share box 'Commencer un post' and the Post button 'Publier'")
  void french() {
    page = browser.open("https://www.linkedin.com/feed/?lang=fr");
    assertThat(startPost()).hasText("Commencer un post");
    openComposer();
    assertThat(postButton()).hasText("Publier");
    assertThat(composerEditor()).not().hasAttribute("aria-label", EDITOR_LABEL);
  }

  @Test
  @DisplayName("?composer=tiptap opens a native <dialog> whose .tiptap.ProseMirror editor takes a DataTransfer paste; its Post button has no stable class")
  void tiptapComposer() {
    page = browser.open("https://www.linkedin.com/feed/?composer=tiptap");
    startPost().click();
    Locator editor = page.locator("#interop-outlet dialog[open] .tiptap.ProseMirror[contenteditable=true][role=textbox]");
    assertThat(editor).isVisible();
    assertThat(editor).hasAttribute("aria-label", EDITOR_LABEL);
    assertEquals(0, postButton().count());
    page.evaluate("() => {"
        + " const editor = " + OUTLET + ".querySelector('dialog .ProseMirror');"
        + " editor.focus();"
        + " const data = new DataTransfer(); data.setData('text/plain', 'Pasted into Tiptap');"
        + " editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));"
        + " }");
    Locator post = page.locator("#interop-outlet dialog[open] button", new Page.LocatorOptions().setHasText(Pattern.compile("^Post$")));
    assertThat(post).isEnabled();
    assertEquals("Pasted into Tiptap", page.evaluate("() => __fixture.composerText()"));
    post.click();
    assertThat(page.locator("#interop-outlet [data-test-artdeco-toast-item-type=success]")).containsText("Post successful.");
    assertEquals("tiptap", page.evaluate("() => __fixture.posts[0].composer"));
  }

  @Test
  @DisplayName("Closing a composer that holds text asks 'Save this post as a draft?'; Discard closes it without posting, Save as draft keeps a draft")
  void closingAsksAboutTheDraft() {
    page = browser.open("https://www.linkedin.com/feed/");
    openComposer();
    composerEditor().pressSequentially("Not sure yet");
    page.locator("#interop-outlet [role=dialog] button[aria-label=Dismiss]").click();
    Locator prompt = page.locator("#interop-outlet [role=alertdialog]");
    assertThat(prompt).hasAttribute("aria-label", "Save this post as a draft?");
    prompt.getByText("Discard").click();
    assertThat(dialog()).hasCount(0);
    assertThat(prompt).hasCount(0);

    openComposer();
    composerEditor().pressSequentially("Keep this one");
    page.keyboard().press("Escape");
    prompt.getByText("Save as draft").click();
    assertThat(dialog()).hasCount(0);
    assertEquals(List.of("Keep this one"), page.evaluate("() => __fixture.drafts"));
    assertEquals(List.of(), page.evaluate("() => __fixture.posts"));
  }

  @Test
  @DisplayName("?classes=hashed: no stable class names anywhere (share box, dialog, Post), only roles; the composer still opens and posts")
  void hashedClasses() {
    page = browser.open("https://www.linkedin.com/feed/?classes=hashed");
    Locator trigger = page.locator("#interop-outlet button", new Page.LocatorOptions().setHasText("Start a post"));
    trigger.click();
    Locator editor = page.locator("#interop-outlet [role=dialog] [contenteditable=true][role=textbox]");
    editor.pressSequentially("Hashed");
    assertEquals(0, ((Number) page.evaluate("() => " + OUTLET + ".querySelectorAll('.share-box-feed-entry__trigger,"
        + " .share-actions__primary-action, .artdeco-modal, .artdeco-modal-overlay, [data-test-modal]').length")).intValue());
    page.locator("#interop-outlet [role=dialog] button", new Page.LocatorOptions().setHasText(Pattern.compile("^Post$"))).click();
    assertThat(page.locator("#interop-outlet [data-test-artdeco-toast-item-type=success]")).containsText("Post successful.");
  }

  @Test
  @DisplayName("?feed=sdui: the share box is a plain div[role=button] in the light DOM holding 'Start a post' (in French with lang=fr), among other role=buttons")
  void serverDrivenShareBox() {
    page = browser.open("https://www.linkedin.com/feed/?feed=sdui&lang=fr");
    Locator box = page.locator("main div[role=button]", new Page.LocatorOptions().setHasText("Commencer un post"));
    assertThat(box).hasCount(1);
    assertTrue(page.locator("main div[role=button]").count() >= 4, "look-alike role=buttons");
    assertEquals(0, ((Number) page.evaluate("() => " + OUTLET + ".querySelectorAll('button').length")).intValue());
    box.click();
    assertThat(composerEditor()).isVisible();
  }

  @Test
  @DisplayName("Single-page navigation: /jobs/ has no share box, /messaging/ a message box in a form (the composer's editor role), without a reload")
  void otherPages() {
    page = browser.open("https://www.linkedin.com/feed/");
    assertThat(startPost()).isVisible();
    page.evaluate("() => { window.__noReload = true; }");
    page.locator("#global-nav a[href='/jobs/']").click();
    assertThat(startPost()).hasCount(0);
    assertThat(page.locator("main")).containsText("Top job picks for you");
    page.locator("#global-nav a[href='/messaging/']").click();
    Locator box = page.locator("main form [contenteditable=true][role=textbox]");
    box.pressSequentially("See you tomorrow");
    page.locator("main form button[type=submit]").click();
    assertEquals(List.of("See you tomorrow"), page.evaluate("() => __fixture.messages"));
    assertEquals(true, page.evaluate("() => window.__noReload"));
  }

  @Test
  @DisplayName("/sharing/share-offsite/?url=…: the composer is the page itself (no dialog), not prefilled; Post shows the success toast")
  void shareOffsitePage() {
    page = browser.open("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Facme.example%2Fnews");
    Locator editor = page.locator("main [contenteditable=true][role=textbox]");
    assertThat(editor).isVisible();
    assertThat(editor).hasText("");
    assertEquals(0, page.locator("[role=dialog]").count());
    editor.pressSequentially("Worth a read");
    page.locator("main button.share-actions__primary-action").click();
    assertThat(page.locator("[data-test-artdeco-toast-item-type=success]")).containsText("Post successful.");
    assertEquals("share-page", page.evaluate("() => __fixture.posts[0].composer"));
  }
}
