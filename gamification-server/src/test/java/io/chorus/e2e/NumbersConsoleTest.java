package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.chorus.server.support.NumbersCompany;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The console's Numbers page in real Chromium, under the console's strict CSP and Trusted Types: a
 * liaison of a company whose numbers are known ({@link NumbersCompany}) picks the period and sees each
 * figure in its sentence, its Chart.js chart and its table; picks an office and downloads a figure as
 * CSV. Titles that are markup or a formula show as text.
 *
 * <p>Pictures go to target/screenshots/numbers-*.png (docs/console-numbers.png is copied by hand).
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("The Numbers page, in Chromium")
class NumbersConsoleTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static TestNode node;
  private static NumbersCompany northwind;
  private static FixtureSites sites;
  private static ChromiumWithExtension browser;
  private static Page console;
  private static final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> browser);

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    node = TestNode.start(vertx, "numbers_console");
    northwind = new NumbersCompany(node.sql);
    sites = FixtureSites.start();
    browser = ChromiumWithExtension.launch(sites, null);
    browser.context().addInitScript("window.__csp = []; document.addEventListener('securitypolicyviolation',"
        + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
    browser.context().onPage(p -> p.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    }));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    ChromiumWithExtension.closeBoth(browser, sites);
    node.close();
  }

  private static Locator figure(String id) {
    return console.locator("[data-figure=" + id + "]");
  }

  /** The numbers Chart.js was given for a figure's chart, one list per series. */
  private static Object chartData(String id) {
    return console.evaluate("id => Chart.getChart(document.querySelector(`[data-figure=${id}] canvas`))"
        + ".data.datasets.map(d => d.data)", id);
  }

  private static void assertNoScriptOrPolicyTrouble() {
    assertEquals(List.of(), dialogs, "no dialog: nothing on the page ran as script");
    assertEquals(List.of(), console.evaluate("window.__csp"), "no Content-Security-Policy or Trusted Types violation");
    assertEquals(List.of(), browser.errors(), "no uncaught error");
    assertEquals(0, console.locator("img").count(), "no element made of user text");
  }

  @Test
  @Order(1)
  @DisplayName("Four weeks of the whole company: the funnel, weekly actives with their trend, reach, and the top "
      + "lists, each as a sentence, a drawn chart and a table")
  void dashboard() {
    console = browser.open(node.url() + "/console#numbers");
    console.locator("input[name=email]").fill(northwind.liaisonEmail);
    console.locator("input[name=password]").fill(NumbersCompany.PASSWORD);
    console.locator("button[type=submit]").click();
    assertThat(console.locator(".page-title")).hasText("Numbers");
    assertThat(figure("adoption")).isVisible();

    console.locator("input[name=from]").fill(NumbersCompany.FROM);
    console.locator("input[name=to]").fill("2026-11-29");
    console.locator("button:has-text('Show')").click();
    assertThat(console.locator(".numbers-period")).hasText("2 Nov 2026 \u2013 29 Nov 2026 (Europe/Riga)");

    assertThat(figure("adoption").locator(".figure-summary"))
        .hasText("6 invited \u00B7 5 joined (83%) \u00B7 4 shared (80% of those who joined)");
    assertThat(figure("weekly-active").locator(".figure-summary")).hasText("Trend: down 0.1 active advocates a week.");
    assertThat(figure("weekly-active").locator("tbody tr")).hasCount(4);
    assertThat(figure("weekly-active").locator("tbody tr td:nth-child(2)"))
        .hasText(new String[] {"2", "2", "1", "2"});
    assertThat(figure("reach").locator(".figure-summary"))
        .hasText("Estimated reach in all: 3,950 (7 of 8 shares were by people who stated their audience).");
    assertThat(figure("clicks").locator(".figure-summary")).hasText("8 unique clicks in all.");
    assertThat(figure("top-content").locator("tbody tr td:first-child"))
        .hasText(new String[] {NumbersCompany.LAUNCH, NumbersCompany.FORMULA, NumbersCompany.HIRING});
    assertThat(figure("topics").locator("tbody tr td:first-child")).hasText(new String[] {"News", "Product", "Hiring"});
    assertThat(figure("top-people").locator("tbody tr td:first-child"))
        .hasText(new String[] {"Ann Berg", "Cai Tamm", "Bob Stone", "Eve Saar"});
    assertThat(figure("top-teams").locator("tbody tr td:first-child")).hasText(new String[] {"Engineering", "Sales"});

    assertEquals(List.of(List.of(2, 2, 1, 2), List.of(1.9, 1.8, 1.7, 1.6)), chartData("weekly-active"));
    assertEquals(List.of(List.of(6, 5, 4)), chartData("adoption"));
    assertEquals(List.of(List.of(6, 2), List.of(4, 2)), chartData("networks"));
    assertEquals(List.of(List.of(45, 21, 11, 11)), chartData("top-people"));
    assertEquals(List.of(List.of(6, 4, 2)), chartData("topics"));
    console.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("numbers-dashboard.png"))
        .setFullPage(true));
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(2)
  @DisplayName("One office: its own figures, and its top people downloaded as a CSV file with exactly its rows")
  void officeAndCsv() throws Exception {
    assertThat(console.locator("select[name=office] option")).hasCount(3);
    console.locator("select[name=office]").selectOption(new com.microsoft.playwright.options.SelectOption()
        .setLabel("Riga"));
    console.locator("button:has-text('Show')").click();
    assertThat(console.locator(".numbers-period")).hasText("2 Nov 2026 \u2013 29 Nov 2026 (Europe/Riga) \u00B7 Riga");
    assertThat(figure("adoption").locator(".figure-summary"))
        .hasText("2 invited \u00B7 2 joined (100%) \u00B7 2 shared (100% of those who joined)");
    assertThat(figure("top-people").locator("tbody tr td:first-child")).hasText(new String[] {"Ann Berg", "Bob Stone"});

    Download download = console.waitForDownload(() -> figure("top-people").locator("a:has-text('Download CSV')").click());
    assertEquals("chorus-top-people-2026-11-02-to-2026-11-30.csv", download.suggestedFilename());
    String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
    assertEquals("\uFEFFPerson id,Name,Office,Team,Points,Shares,Unique clicks,Deactivated\r\n"
        + northwind.ann + ",Ann Berg,Riga,Engineering,45,4,5,false\r\n"
        + northwind.bob + ",Bob Stone,Riga,Sales,11,1,1,false\r\n", csv);
    assertNoScriptOrPolicyTrouble();
  }

  @Test
  @Order(3)
  @DisplayName("A period that ends before it starts is refused next to the From field, and the figures stay as they were")
  void badPeriod() {
    console.locator("input[name=from]").fill("2026-11-30");
    console.locator("input[name=to]").fill("2026-11-01");
    console.locator("button:has-text('Show')").click();
    assertThat(console.locator(".field--invalid .field-error")).containsText("must be before");
    assertThat(console.locator(".numbers-period")).hasText("2 Nov 2026 \u2013 29 Nov 2026 (Europe/Riga) \u00B7 Riga");
    assertNoScriptOrPolicyTrouble();
  }
}
