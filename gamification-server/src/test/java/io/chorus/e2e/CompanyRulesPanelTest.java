package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.chorus.e2e.SignedInChorus.card;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The company's rules for drafts, on X's fixture: a disclosure tag the company requires is in every
 * prefilled post, its removal is flagged while the employee edits and reported with the share; a
 * blocklisted word is flagged before posting.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("While composing: the company's disclosure tag and blocklist")
class CompanyRulesPanelTest {
  private static final String SANNE = "sanne@acme.example";

  private static SignedInChorus chorus;
  private Page page;

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> chorus == null ? null : chorus.browser);

  @BeforeAll
  static void start(Vertx vertx) {
    chorus = SignedInChorus.start(vertx, "company_rules", SANNE);
    String liaison = chorus.node.signIn("liga@acme.example");
    assertEquals(200, chorus.node.api.putJson("/api/extension/settings", liaison,
        "{\"inPagePanel\":true,\"disclosureTag\":\"#AcmeEmployee\",\"blocklist\":[\"guaranteed\"]}").status());
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

  @Test
  @DisplayName("The prefilled post carries #AcmeEmployee; 'guaranteed' typed in is flagged; with the tag edited out the line asks for it back, and the share is stored as undisclosed")
  void disclosureAndBlocklist() {
    long id = chorus.node.sql.number("INSERT INTO content (company_id, title, summary, url, status, hashtags, publish_at) "
        + "SELECT id, 'No tag of its own', 'A test item.', 'https://acme.example/test/no-tag', 'approved', '{}', "
        + "now() - interval '1 minute' FROM company ORDER BY id LIMIT 1 RETURNING id");
    chorus.node.sql.number("INSERT INTO content_variant (content_id, network, text) VALUES (?, 'x', "
        + "'Our robots passed their safety audit.') RETURNING content_id", id);
    page = chorus.browser.open("https://x.com/home");
    Locator card = card(page, "No tag of its own");
    assertThat(card.locator(".text")).containsText("#AcmeEmployee");

    card.locator("[data-chorus=share]").click();
    String link = chorus.trackedLink(SANNE, id, "x");
    page.waitForFunction("link => __fixture.models().some(m => m.text.includes(link))", link);
    Locator composing = page.locator("#chorus-panel .composing");
    assertThat(composing).containsText("Add a few words of your own");

    Locator editor = page.getByTestId("tweetTextarea_0");
    editor.press("End");
    page.keyboard().type(" Results guaranteed!");
    assertThat(composing).containsText("Your company asks not to post: guaranteed");
    assertThat(composing).hasClass(java.util.regex.Pattern.compile("\\bbad\\b"));

    // The whole tracked link as the draft holds it (trackedLink gives its path).
    String url = (String) page.evaluate("path => __fixture.models()[0].text.split(/\\s+/).find(w => w.includes(path))", link);
    editor.press("Control+A");
    page.keyboard().insertText("Safety first at Acme, proud of the team and our robots " + url);
    assertThat(composing).containsText("Keep #AcmeEmployee in the post");
    page.getByTestId("tweetButtonInline").click();
    assertThat(page.locator("#chorus-panel .status")).containsText("Shared!");
    assertEquals("false", chorus.node.sql.text("SELECT disclosed::text FROM share WHERE employee_id = ? AND content_id = ?",
        chorus.node.employeeId(SANNE), id));
  }
}
