package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.chorus.e2e.SignedInChorus.card;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
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
}
