package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.chorus.server.demo.DemoCompany;
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
 * People in real Chromium: a liaison uploads a CSV with some broken rows in the console and sees each
 * refused line and the imported people; an invitee opens their link, sets a password on the welcome
 * page and signs in with it in the extension's popup. A name that is HTML shows as text throughout.
 *
 * <p>Pictures go to target/screenshots/people-*.png (the README's docs/people.png is copied by hand).
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("People in the console and the welcome page, in Chromium")
class PeopleConsoleTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String HOSTILE = "<img src=x onerror=alert(1)>";
  private static final String CSV = """
      name,email,office,team,language,role
      Ilze Kalniņa,ilze@acme.example,Riga,Engineering,lv,employee
      Pieter Bakker,pieter@acme.example,Rotterdam,Logistics,nl,
      Broken Email,not-an-email,Riga,Sales,en,employee
      Boss,boss@acme.example,Riga,Sales,en,owner
      ,noname@acme.example,Riga,Sales,,
      Twice,ilze@acme.example,Riga,Sales,,
      %s,hostile@acme.example,Milan,Marketing,it,employee
      """.formatted(HOSTILE);

  private static TestNode node;
  private static FixtureSites sites;
  private static ChromiumWithExtension browser;
  private static Page console;
  private static String ilzeLink;
  private static final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> browser);

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    node = TestNode.start(vertx, "people_console");
    sites = FixtureSites.start();
    browser = ChromiumWithExtension.launch(sites, UnpackedExtension.copyFromClasspath());
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

  private static void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("people-" + name + ".png")).setFullPage(true));
  }

  private static void assertNoScriptOrPolicyTrouble(Page page) {
    assertEquals(List.of(), dialogs, "no dialog: nothing on the page ran as script");
    assertEquals(List.of(), page.evaluate("window.__csp"), "no Content-Security-Policy violation");
    assertEquals(List.of(), browser.errors(), "no uncaught error");
    assertEquals(0, page.locator("img").count(), "no element made of user text");
  }

  @Test
  @Order(1)
  @DisplayName("The liaison uploads a CSV with broken rows: each refused line is listed with why, the good people are imported and listed as invited, with links to copy")
  void importsACsv() {
    console = browser.open(node.url() + "/console#people");
    console.locator("input[name=email]").fill("liga@acme.example");
    console.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    console.locator("button[type=submit]").click();
    assertThat(console.locator(".page-title")).hasText("People");

    console.locator("input[name=file]").setInputFiles(new FilePayload("new-people.csv", "text/csv",
        CSV.getBytes(StandardCharsets.UTF_8)));
    console.locator("button:has-text('Import')").click();

    assertThat(console.locator(".import-summary")).hasText(
        "Added 3 people. 4 lines were refused (below).");
    Locator problems = console.locator(".import-problem");
    assertThat(problems).hasCount(4);
    assertThat(problems.nth(0)).containsText("Line 4");
    assertThat(problems.nth(0).locator(".import-column")).hasText("email");
    assertThat(problems.nth(0)).containsText("not an email address");
    assertThat(problems.nth(1)).containsText("Line 5");
    assertThat(problems.nth(1)).containsText("must be employee or liaison, not 'owner'");
    assertThat(problems.nth(2)).containsText("Line 6");
    assertThat(problems.nth(2).locator(".import-column")).hasText("name");
    assertThat(problems.nth(3)).containsText("Line 7");
    assertThat(problems.nth(3)).containsText("also on line 2");

    Locator links = console.locator(".invite-link");
    assertThat(links).hasCount(3);
    Locator ilze = console.locator(".invite-link[data-email='ilze@acme.example']");
    ilzeLink = ilze.locator("input.made-link").inputValue();
    assertTrue(ilzeLink.startsWith(node.node.publicUrl() + "/welcome#"), ilzeLink);
    assertThat(console.locator(".invite-link[data-email='hostile@acme.example'] .person")).hasText(HOSTILE);

    // The list shows them, invited, with office and team (Rotterdam and Logistics were created).
    console.locator("select[name=status]").selectOption("invited");
    Locator rows = console.locator(".row--person-line");
    assertThat(rows).hasCount(3);
    Locator pieter = console.locator(".row--person-line[data-email='pieter@acme.example']");
    assertThat(pieter.locator(".status")).hasText("Invited");
    assertThat(pieter.locator(".office")).hasText("Rotterdam");
    assertThat(pieter.locator(".team")).hasText("Logistics");
    assertThat(console.locator(".places-card[data-places=office] .place-name")).containsText(new String[] {"Rotterdam"});
    assertThat(console.locator(".row--person-line[data-email='hostile@acme.example'] .person")).hasText(HOSTILE);
    assertEquals(3, node.sql.number("SELECT count(*) FROM employee WHERE password_hash IS NULL"));
    console.locator("select[name=status]").selectOption("current");
    shot(console, "import");
    assertNoScriptOrPolicyTrouble(console);
  }

  @Test
  @Order(2)
  @DisplayName("The invitee opens the link, sets a password on the welcome page, then signs in with it in the extension's popup")
  void invitationToPopup() {
    Page welcome = browser.open(ilzeLink);
    assertThat(welcome.locator("h1")).hasText("Welcome to Chorus");
    assertThat(welcome.locator(".auth-lead")).containsText("Ilze Kalniņa");
    assertThat(welcome.locator(".auth-lead")).containsText("ilze@acme.example");
    welcome.locator("input[name=password]").fill("short");
    welcome.locator("input[name=again]").fill("short");
    welcome.locator("button[type=submit]").click();
    assertThat(welcome.locator(".field-error").first()).containsText("at least 10 characters");

    welcome.locator("input[name=password]").fill("ilze-chorus-2026");
    welcome.locator("input[name=again]").fill("ilze-chorus-2026");
    welcome.locator("button[type=submit]").click();
    assertThat(welcome.locator("h1")).hasText("You're in");
    shot(welcome, "welcome");
    assertNoScriptOrPolicyTrouble(welcome);

    // The same link again: used.
    Page again = browser.open(ilzeLink);
    assertThat(again.locator("h1")).hasText("This link does not work");
    assertThat(again.locator(".auth-notice")).containsText("already used");
    again.close();

    Page options = browser.openExtensionPage("options.html");
    options.locator("input[name=serverUrl]").fill(node.url());
    options.locator("button[type=submit]").click();
    assertThat(options.locator(".status")).containsText("Saved");
    Page popup = browser.openExtensionPage("popup.html");
    popup.locator("input[name=email]").fill("ilze@acme.example");
    popup.locator("input[name=password]").fill("ilze-chorus-2026");
    popup.locator("button[type=submit]").click();
    assertThat(popup.locator(".who")).containsText("Ilze Kalniņa");

    // The popup's audience form saves what she states.
    popup.locator(".audience summary").click();
    popup.locator("input[name=linkedin]").fill("850");
    popup.locator(".audience button[type=submit]").click();
    assertThat(popup.locator(".audience .status")).hasText("Saved.");
    assertEquals(850, node.sql.number("SELECT audience_linkedin FROM employee WHERE email = 'ilze@acme.example'"));
    assertEquals("joined", node.sql.text("SELECT CASE WHEN password_hash IS NULL THEN 'invited' ELSE 'joined' END "
        + "FROM employee WHERE email = 'ilze@acme.example'"));
    shot(popup, "popup");
    popup.close();
    options.close();
  }

  @Test
  @Order(3)
  @DisplayName("Deactivating from the list asks first, marks the person deactivated, and a reactivation puts them back")
  void deactivatesAndReactivates() {
    console.bringToFront();
    console.navigate(node.url() + "/console#people");
    console.locator("input[name=q]").fill("Pieter");
    Locator pieter = console.locator(".row--person-line[data-email='pieter@acme.example']");
    assertThat(pieter).hasCount(1);
    pieter.locator("button:has-text('Deactivate')").click();
    pieter.locator(".confirm button:has-text('Deactivate')").click();
    assertThat(console.locator(".notice")).containsText("is deactivated");
    assertThat(console.locator(".row--person-line")).hasCount(0);
    console.locator("select[name=status]").selectOption("deactivated");
    assertThat(pieter.locator(".status")).hasText("Deactivated");
    pieter.locator("button:has-text('Reactivate')").click();
    assertThat(console.locator(".notice")).containsText("is active again");
    assertEquals(1, node.sql.number("SELECT count(*) FROM employee WHERE email = 'pieter@acme.example' AND active"));
    console.locator("input[name=q]").fill("");
    console.locator("select[name=status]").selectOption("current");
    assertThat(console.locator(".row--person-line").first()).isVisible();
    assertNoScriptOrPolicyTrouble(console);
  }
}
