package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
    TestNode node = TestNode.start(vertx, name);
    FixtureSites sites = null;
    ChromiumWithExtension browser = null;
    try {
      sites = FixtureSites.start();
      browser = ChromiumWithExtension.launch(sites, UnpackedExtension.copyFromClasspath());
      Page options = browser.openExtensionPage("options.html");
      options.locator("input[name=serverUrl]").fill(node.url());
      options.locator("button[type=submit]").click();
      assertThat(options.locator(".status")).containsText("Saved");
      options.close();
      Page popup = browser.openExtensionPage("popup.html");
      popup.locator("input[name=email]").fill(email);
      popup.locator("input[name=password]").fill(DemoCompany.PASSWORD);
      popup.locator("button[type=submit]").click();
      assertThat(popup.locator(".who")).isVisible();
      popup.close();
      return new SignedInChorus(node, sites, browser);
    } catch (RuntimeException | Error e) {
      ChromiumWithExtension.closeBoth(browser, sites);
      node.close();
      throw e;
    }
  }

  /** The employee's tracked link for an item on a network, which a prefilled post carries. */
  String trackedLink(String email, String title, String network) {
    return "/r/" + node.sql.text("SELECT code FROM tracked_link WHERE employee_id = ? AND content_id = ? AND network = ?",
        node.employeeId(email), node.contentId(title), network);
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
