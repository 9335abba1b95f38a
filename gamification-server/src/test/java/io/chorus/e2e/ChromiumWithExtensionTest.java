package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The harness itself, with a tiny test-only extension (fixtures/probe-extension). */
class ChromiumWithExtensionTest {

  private static FixtureSites sites;
  private static ChromiumWithExtension browser;
  private Page page;

  @RegisterExtension
  static final TestWatcher DIAGNOSTICS = ChromiumWithExtension.diagnosticsOnFailure(() -> browser);

  @BeforeAll
  static void start() throws URISyntaxException {
    Path probe = Path.of(ChromiumWithExtensionTest.class.getResource("/fixtures/probe-extension/manifest.json").toURI())
        .getParent();
    sites = FixtureSites.start();
    browser = ChromiumWithExtension.launch(sites, probe);
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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://www.linkedin.com/feed/", "https://x.com/home", "https://twitter.com/home"})
  @DisplayName("The extension's content script, matched by its real host pattern, runs on the fixture and reaches the worker")
  void contentScriptRunsOnFixture(String url) {
    page = browser.open(url);
    assertThat(page.locator("html")).hasAttribute("data-chorus-probe", page.url().split("/")[2]);
    assertThat(page.locator("html")).hasAttribute("data-chorus-probe-worker", Pattern.compile(".+"));
  }

  @Test
  @DisplayName("CDP finds the extension's service worker, whose id is 32 letters a–p")
  void findsServiceWorker() {
    ChromiumWithExtension.ExtensionWorker worker = browser.serviceWorker(Duration.ofSeconds(10));
    assertTrue(worker.extensionId().matches("[a-p]{32}"), worker.toString());
    assertTrue(worker.url().equals("chrome-extension://" + worker.extensionId() + "/worker.js"), worker.url());
  }

  @Test
  @DisplayName("stopServiceWorker closes the worker; the next message from a page cold-starts a new one")
  void coldStart() {
    page = browser.open("https://www.linkedin.com/feed/");
    assertThat(page.locator("html")).hasAttribute("data-chorus-probe-worker", Pattern.compile(".+"));
    String before = page.locator("html").getAttribute("data-chorus-probe-worker");

    browser.stopServiceWorker();
    assertTrue(browser.findServiceWorker().isEmpty(), "worker still listed after stop");

    page.reload();
    assertThat(page.locator("html")).hasAttribute("data-chorus-probe-worker", Pattern.compile(".+"));
    assertNotEquals(before, page.locator("html").getAttribute("data-chorus-probe-worker"));
    // CDP keeps the same targetId for the restarted worker: compare what the worker says, not ids.
    assertTrue(browser.findServiceWorker().isPresent(), "no worker after the wake-up message");
  }

  @Test
  @DisplayName("Console messages of the content script and of the worker are collected")
  void collectsConsole() {
    page = browser.open("https://x.com/home");
    assertThat(page.locator("html")).hasAttribute("data-chorus-probe-worker", Pattern.compile(".+"));
    page.waitForCondition(() -> browser.console().stream().anyMatch(l -> l.contains("probe content script on https://x.com/home")));
    page.waitForCondition(() -> browser.console().stream().anyMatch(l -> l.contains("probe worker heard https://x.com/home")));
  }

  @Test
  @DisplayName("An uncaught error thrown by a content script is collected by errors(), with a chrome-extension:// stack")
  void collectsContentScriptErrors() {
    page = browser.open("https://www.linkedin.com/feed/?probe-throw");
    page.waitForCondition(() -> browser.errors().stream()
        .anyMatch(e -> e.contains("probe content script threw") && e.contains("chrome-extension://")));
  }
}
