package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
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
 * The liaison console in real Chromium (with the built extension, whose popup opens it) against a real
 * node: a liaison signs in, changes a rule, makes and revokes a screen link, voids a share with a reason
 * and gives the spotlight; an employee sees only "This console is for liaisons". A display name that is
 * HTML shows as text throughout. Everything is waited for as a person would notice it, never slept for.
 *
 * <p>Pictures go to target/screenshots/console-*.png (the README's docs/console.png is copied from
 * there by hand, so a test run never edits tracked files).
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("The liaison console, in Chromium")
class LiaisonConsoleTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String HOSTILE = "<img src=x onerror=alert(1)>";
  private static final String RIGA_LAB = "Acme opens its robotics lab in Riga";

  private static TestNode node;
  private static FixtureSites sites;
  private static ChromiumWithExtension browser;
  private static Page console;
  private static long hostileShare;
  private static final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> browser);

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    node = TestNode.start(vertx, "liaison_console");
    // Daan's name is markup; his new share tops the console's list of shares.
    node.sql.update("UPDATE employee SET display_name = ? WHERE email = ?", HOSTILE, "daan@acme.example");
    Reply share = node.api.report(node.signIn("daan@acme.example"), Api.newKey(),
        new JsonObject().put("contentId", node.contentId(RIGA_LAB)).put("network", "linkedin"));
    assertEquals(201, share.status(), share.text());
    hostileShare = share.json().getLong("shareId");
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
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-" + name + ".png")));
  }

  /** Nothing the page showed ran as script, the policy was never violated, no script failed. */
  private static void assertNoScriptOrPolicyTrouble(Page page) {
    assertEquals(List.of(), dialogs, "no dialog: nothing on the page ran as script");
    assertEquals(List.of(), page.evaluate("window.__csp"), "no Content-Security-Policy violation");
    assertEquals(List.of(), browser.errors(), "no uncaught error");
    assertEquals(0, page.locator("img").count(), "no element made of user text");
  }

  private static long rule(String name) {
    return node.api.get("/api/rules", node.signIn("liga@acme.example")).json().getLong(name);
  }

  private static Locator field(Page page, String name) {
    return page.locator(".field").filter(new Locator.FilterOptions().setHas(page.locator("[name=" + name + "]")));
  }

  @Test
  @Order(1)
  @DisplayName("The popup shows a liaison a \"Liaison console\" link that opens /console in a new tab; an employee's popup has none")
  void popupOpensTheConsole() {
    Page options = browser.openExtensionPage("options.html");
    options.locator("input[name=serverUrl]").fill(node.url());
    options.locator("button[type=submit]").click();
    assertThat(options.locator(".status")).containsText("Saved");

    Page popup = browser.openExtensionPage("popup.html");
    popup.locator("input[name=email]").fill("janis@acme.example");
    popup.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    popup.locator("button[type=submit]").click();
    assertThat(popup.locator(".who")).containsText("Jānis Bērziņš");
    assertThat(popup.locator(".liaison-console")).hasCount(0);
    popup.locator(".sign-out").click();

    popup.locator("input[name=email]").fill("liga@acme.example");
    popup.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    popup.locator("button[type=submit]").click();
    Locator link = popup.locator(".liaison-console");
    assertThat(link).hasText("Liaison console \u2197");
    assertThat(link).hasAttribute("href", node.url() + "/console");
    assertThat(link).hasAttribute("target", "_blank");

    console = browser.context().waitForPage(link::click);
    console.waitForURL(node.url() + "/console");
    assertThat(console.locator("h1")).hasText("Sign in to the liaison console");
    popup.close();
    options.close();
  }

  @Test
  @Order(2)
  @DisplayName("A liaison signs in; the session cookie is HttpOnly and SameSite=Strict, out of page scripts' reach")
  void liaisonSignsIn() {
    console.locator("input[name=email]").fill("liga@acme.example");
    console.locator("input[name=password]").fill("not the password");
    console.locator("button[type=submit]").click();
    assertThat(console.locator(".form-error")).hasText("That email and password do not match an account.");

    console.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    console.locator("button[type=submit]").click();

    assertThat(console.locator(".page-title")).hasText("Contests");
    assertThat(console.locator(".account-name")).hasText("Līga Ozola");
    assertThat(console.locator(".nav-link")).hasText(new String[] {"Contests", "Rules", "Voids", "Spotlight", "Screens",
        "Reminders", "People", "Library", "Numbers", "Extension"});
    Cookie session = browser.context().cookies(node.url()).stream()
        .filter(c -> c.name.equals("chorus-console")).findFirst().orElse(null);
    assertNotNull(session, "the console's session cookie");
    assertTrue(session.httpOnly);
    assertEquals(SameSiteAttribute.STRICT, session.sameSite);
    assertEquals("/", session.path);
    assertEquals("", console.evaluate("document.cookie"), "no script on the page can read the session");
    assertNoScriptOrPolicyTrouble(console);
  }

  @Test
  @Order(3)
  @DisplayName("Rules: a refused value is explained next to its field and changes nothing; a good one is saved")
  void changesARule() {
    console.navigate(node.url() + "/console#rules");
    assertThat(console.locator("input[name=linkedInShare]")).hasValue(String.valueOf(rule("linkedInShare")));

    console.locator("input[name=dailyCap]").fill("0");
    console.locator("input[name=linkedInShare]").fill("12");
    console.locator("button[type=submit]").click();
    assertThat(field(console, "dailyCap").locator(".field-error")).hasText("Must be a whole number from 1 to 10000.");
    assertThat(console.locator("input[name=dailyCap]")).hasAttribute("aria-invalid", "true");
    assertEquals(10, rule("linkedInShare"), "a refused form changes nothing");

    console.locator("input[name=dailyCap]").fill("120");
    console.locator("button[type=submit]").click();
    assertThat(console.locator(".notice")).containsText("Rules saved");
    assertThat(field(console, "dailyCap").locator(".field-error")).isHidden();
    assertEquals(12, rule("linkedInShare"));
    assertEquals(120, rule("dailyCap"));
    shot(console, "rules");
    assertNoScriptOrPolicyTrouble(console);
  }

  @Test
  @Order(4)
  @DisplayName("Screens: a new link is shown once and works; the list shows it with its last sighting; revoked, it stops working")
  void createsAndRevokesAScreen() {
    console.locator("a.nav-link[href='#screens']").click();
    assertThat(console.locator(".page-title")).hasText("Screens");
    assertThat(console.locator(".row[data-screen]")).hasCount(1);

    console.locator("button:has-text('Create link')").click();
    assertThat(field(console, "name").locator(".field-error")).hasText("Required.");
    console.locator("input[name=name]").fill("Test kitchen");
    console.locator("button:has-text('Create link')").click();
    Locator made = console.locator(".made-link");
    assertThat(made).isVisible();
    String url = made.inputValue();
    assertTrue(url.startsWith(node.node.publicUrl() + "/screen#t=ey"), url);
    String token = url.substring(url.indexOf("#t=") + 3);
    assertEquals(200, node.api.get("/api/leaderboard", token).status(), "the new link works");

    Locator row = console.locator(".row[data-screen]").filter(new Locator.FilterOptions().setHasText("Test kitchen"));
    assertThat(row.locator(".chip")).hasText("Active");
    // The node notes "last seen" in memory and writes it every CHORUS_SCREEN_SEEN_FLUSH_SECONDS: flush now.
    TestNode.await(node.node.services().screenStates().flush());
    console.reload();
    assertThat(row.locator(".last-seen")).hasText(Pattern.compile("Last seen: (just now|1 min ago)"));
    assertThat(console.locator(".made-link")).hasCount(0);
    shot(console, "screens");

    row.locator("button:has-text('Revoke…')").click();
    row.locator("button:has-text('Revoke screen')").click();
    assertThat(row.locator(".chip")).hasText(Pattern.compile("Revoked .+"));
    assertThat(console.locator(".notice")).hasText("Test kitchen is revoked.");
    Reply after = node.api.get("/api/leaderboard", token);
    assertEquals(401, after.status());
    assertEquals("token_revoked", after.errorCode());
    assertNoScriptOrPolicyTrouble(console);
  }

  @Test
  @Order(5)
  @DisplayName("Voids: a share by someone named <img …> reads as text; voiding it needs a reason, then it is marked with who, when and why")
  void voidsAShareWithAReason() {
    console.locator("a.nav-link[href='#voids']").click();
    Locator row = console.locator(".row[data-share='" + hostileShare + "']");
    assertThat(row.locator(".row-title .person")).hasText(HOSTILE);
    // (The quotation marks around the title are the stylesheet's, not text.)
    assertThat(row.locator(".row-title")).hasText(HOSTILE + " shared " + RIGA_LAB + " on LinkedIn");

    row.locator("button:has-text('Entries')").click();
    assertThat(row.locator(".nested .row[data-seq]").first().locator(".person")).hasText(HOSTILE);
    row.locator("button:has-text('Void share…')").click();
    row.locator("button:has-text('Void share'):not(:has-text('…'))").click();
    assertThat(field(console, "reason").locator(".field-error")).hasText("Required.");
    assertEquals(0, node.sql.number("SELECT count(*) FROM share WHERE id = ? AND voided_at IS NOT NULL", hostileShare));

    long earned = node.sql.number("SELECT sum(points) FROM ledger_entry WHERE share_id = ?", hostileShare);
    long entries = node.sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ?", hostileShare);
    row.locator("textarea[name=reason]").fill("Posted twice by mistake " + HOSTILE);
    row.locator("button:has-text('Void share'):not(:has-text('…'))").click();

    assertThat(console.locator(".notice")).hasText("Voided: \u2212" + earned + " pts from " + HOSTILE + " ("
        + entries + (entries == 1 ? " reversal entry)." : " reversal entries)."));
    assertThat(row).hasClass(Pattern.compile("row--voided"));
    assertThat(row.locator(".row-void")).containsText("Voided by Līga Ozola");
    assertThat(row.locator(".row-void .reason")).hasText("Posted twice by mistake " + HOSTILE);
    assertThat(row.locator(".points")).hasText(Pattern.compile("^0 pts"));
    assertEquals("Posted twice by mistake " + HOSTILE,
        node.sql.text("SELECT void_reason FROM share WHERE id = ?", hostileShare));
    row.locator("button:has-text('Entries')").click();
    assertThat(row.locator(".nested .kind--reversal").first()).hasText("Void");
    shot(console, "voids");
    assertNoScriptOrPolicyTrouble(console);
  }

  @Test
  @Order(6)
  @DisplayName("Spotlight: search finds the person by name, the note goes with the badge, and the list marks them")
  void givesTheSpotlight() {
    console.locator("a.nav-link[href='#spotlight']").click();
    console.locator("input[name=q]").fill("img");
    Locator pick = console.locator(".person-pick").filter(new Locator.FilterOptions().setHasText(HOSTILE));
    assertThat(console.locator(".person-pick")).hasCount(1);
    console.locator("button:has-text('Give the spotlight')").click();
    assertThat(field(console, "employeeId").locator(".field-error")).hasText("Choose a person from the list first.");

    pick.click();
    assertThat(console.locator(".chosen .person")).hasText(HOSTILE);
    console.locator("textarea[name=note]").fill("Thank you for showing the Riga lab to everyone");
    console.locator("button:has-text('Give the spotlight')").click();
    assertThat(console.locator(".notice")).hasText(HOSTILE + " now holds the Liaison's spotlight badge.");
    assertThat(pick.locator(".chip--star")).containsText("Spotlighted");
    assertThat(pick).isDisabled();
    assertEquals(1, node.sql.number("SELECT count(*) FROM badge_award b JOIN employee e ON e.id = b.employee_id "
        + "WHERE e.email = 'daan@acme.example' AND b.badge = 'spotlight'"));
    console.locator("input[name=q]").fill("");
    assertThat(console.locator(".person-pick")).hasCount(8);
    shot(console, "spotlight");
    assertNoScriptOrPolicyTrouble(console);
  }

  @Test
  @Order(7)
  @DisplayName("An employee who signs in gets a plain \"This console is for liaisons\" page: no navigation, no data, no session")
  void employeeSeesLiaisonsOnly() {
    console.locator("button.sign-out").click();
    assertThat(console.locator(".auth-notice")).hasText("You are signed out.");
    assertFalse(browser.context().cookies(node.url()).stream().anyMatch(c -> c.name.equals("chorus-console")),
        "signing out clears the cookie");

    console.locator("input[name=email]").fill("janis@acme.example");
    console.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    console.locator("button[type=submit]").click();

    assertThat(console.locator("h1")).hasText("This console is for liaisons");
    assertThat(console.locator(".nav-link")).hasCount(0);
    assertThat(console.locator(".row")).hasCount(0);
    assertFalse(browser.context().cookies(node.url()).stream().anyMatch(c -> c.name.equals("chorus-console")),
        "an employee gets no console session");
    shot(console, "liaisons-only");
    console.locator("button:has-text('Sign in with another account')").click();
    assertThat(console.locator("h1")).hasText("Sign in to the liaison console");
    assertNoScriptOrPolicyTrouble(console);
  }
}
