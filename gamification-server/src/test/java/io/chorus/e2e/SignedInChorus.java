package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;

/**
 * For content-script tests: a node with the demo company, the fixture sites, and Chromium with the
 * built extension pointed at the node and signed in as an employee — the state an employee is in
 * every day. One per test class; {@link #close()} stops all three.
 */
final class SignedInChorus implements AutoCloseable {
  final TestNode node;
  final FixtureSites sites;
  final ChromiumWithExtension browser;

  private SignedInChorus(TestNode node, FixtureSites sites, ChromiumWithExtension browser) {
    this.node = node;
    this.sites = sites;
    this.browser = browser;
  }

  static SignedInChorus start(Vertx vertx, String name, String email) {
    return start(vertx, name, email, java.util.Map.of(), null);
  }

  /** The same, with a node started with these settings (environment variables). */
  static SignedInChorus start(Vertx vertx, String name, String email, java.util.Map<String, String> settings) {
    return start(vertx, name, email, settings, null);
  }

  /** The same with Chromium in {@code language} ("lv", …; null: English). */
  static SignedInChorus start(Vertx vertx, String name, String email, String language) {
    return start(vertx, name, email, java.util.Map.of(), language);
  }

  private static SignedInChorus start(Vertx vertx, String name, String email, java.util.Map<String, String> settings,
      String language) {
    TestNode node = TestNode.start(vertx, name, settings);
    FixtureSites sites = null;
    ChromiumWithExtension browser = null;
    try {
      sites = FixtureSites.start();
      browser = ChromiumWithExtension.launchIn(sites, UnpackedExtension.copyFromClasspath(), language, null);
      signIn(browser, node.url(), email);
      return new SignedInChorus(node, sites, browser);
    } catch (RuntimeException | Error e) {
      ChromiumWithExtension.closeBoth(browser, sites);
      node.close();
      throw e;
    }
  }

  /** Points the extension at {@code serverUrl} (options page) and signs {@code email} in (popup). */
  static void signIn(ChromiumWithExtension browser, String serverUrl, String email) {
    Page options = browser.openExtensionPage("options.html");
    options.locator("input[name=serverUrl]").fill(serverUrl);
    options.locator("button[type=submit]").click();
    // In any language: the options page marks a saved address as good.
    assertThat(options.locator(".status.good")).isVisible();
    options.close();
    Page popup = browser.openExtensionPage("popup.html");
    popup.locator("input[name=email]").fill(email);
    popup.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    popup.locator("button[type=submit]").click();
    try {
      // A password check (Argon2id) on a busy two-core machine can take seconds.
      assertThat(popup.locator(".who")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    } catch (AssertionError e) {
      throw new AssertionError("not signed in; the popup says: " + popup.locator("body").innerText() + "\n"
          + browser.diagnostics(), e);
    }
    popup.close();
  }

  /** The employee's tracked link for an item on a network, which a prefilled post carries. */
  String trackedLink(String email, String title, String network) {
    return "/r/" + node.sql.text("SELECT code FROM tracked_link WHERE employee_id = ? AND content_id = ? AND network = ?",
        node.employeeId(email), node.contentId(title), network);
  }

  /**
   * A new approved item, live now, with the same suggested words on LinkedIn and X (tests add their
   * own, so each owns what it shares); it comes first in the suggestions. Returns its id.
   */
  long addItem(String title, String words) {
    long id = node.sql.number("INSERT INTO content (company_id, title, summary, url, status, hashtags, publish_at) "
        + "SELECT id, ?, 'A test item.', ?, 'approved', '{AcmeEmployee}', now() - interval '1 minute' "
        + "FROM company ORDER BY id LIMIT 1 RETURNING id", title, "https://acme.example/test/" + slug(title));
    try {
      node.sql.update("INSERT INTO content_variant (content_id, network, text) VALUES (?, 'linkedin', ?), (?, 'x', ?)",
          id, words, id, words);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  /** How many shares of the item the employee has. */
  long shares(String email, long contentId) {
    return node.sql.number("SELECT count(*) FROM share WHERE employee_id = ? AND content_id = ?",
        node.employeeId(email), contentId);
  }

  /** The text a share of the item was recorded with. */
  String postedText(String email, long contentId) {
    return node.sql.text("SELECT posted_text FROM share WHERE employee_id = ? AND content_id = ?",
        node.employeeId(email), contentId);
  }

  /** The employee's tracked link for an item (by id) on a network. */
  String trackedLink(String email, long contentId, String network) {
    return "/r/" + node.sql.text("SELECT code FROM tracked_link WHERE employee_id = ? AND content_id = ? AND network = ?",
        node.employeeId(email), contentId, network);
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + System.nanoTime();
  }

  /** The panel's host element: hidden when its inline style says display: none. */
  static boolean panelShown(Page page) {
    return (Boolean) page.evaluate("() => { const h = document.getElementById('chorus-panel');"
        + " return !!h && getComputedStyle(h).display !== 'none'; }");
  }

  /** The panel's card for an item. */
  static Locator card(Page page, String title) {
    return page.locator("#chorus-panel li.card").filter(new Locator.FilterOptions().setHasText(title));
  }

  @Override
  public void close() {
    try {
      ChromiumWithExtension.closeBoth(browser, sites);
    } finally {
      node.close();
    }
  }
}
