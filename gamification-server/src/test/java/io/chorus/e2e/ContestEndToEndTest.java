package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.chorus.e2e.SignedInChorus.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * A hashtag contest from launch to a draw anyone can check, in real Chromium with the built extension:
 * Līga creates and launches it in the console; Jānis posts his own words with the hashtag on the X
 * fixture and shares a contest item on the LinkedIn fixture; the office screen's contest view shows each
 * entry within 2 s; three colleagues enter too; Līga ends it (grace period 0); the screen shows the
 * winners with the seed (a colleague whose name is markup shown as text everywhere); the command the console prints, run on the downloaded entrant list, gives the
 * commitment and the same drawn winners. One ordered scenario.
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("A hashtag contest: launched in the console, entered on X and LinkedIn, shown live on the office screen, drawn verifiably")
class ContestEndToEndTest {
  private static final String JANIS = "janis@acme.example";
  private static final String TAG = "WinterLights";
  private static final String ITEM = "Acme lights up the Riga lab for winter";
  /** A colleague's display name that is markup: every surface must show it as these characters. */
  private static final String HOSTILE = "Giulia <img src=x onerror=\"window.__pwned=1\">";
  private static final long TWO_SECONDS = 2_000;
  /** Pictures for the README (copied to docs/ by hand, so a test run never edits tracked files). */
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final LocatorAssertions.HasCountOptions WITHIN_2S =
      new LocatorAssertions.HasCountOptions().setTimeout(TWO_SECONDS);

  private static SignedInChorus chorus;
  private static Page console;
  private static Page screen;
  private static long contestId;
  private static long janis;

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> chorus == null ? null : chorus.browser);

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    chorus = SignedInChorus.start(vertx, "contest_e2e", JANIS);
    janis = chorus.node.employeeId(JANIS);
    long item = chorus.addItem(ITEM, "Our Riga lab is lit up for the dark evenings: come and see it.");
    chorus.node.sql.update("UPDATE content SET hashtags = array['AcmeEmployee', ?] WHERE id = ?", TAG, item);
    chorus.node.sql.update("UPDATE employee SET display_name = ? WHERE email = ?", HOSTILE, "giulia@acme.example");
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (chorus != null) {
      chorus.close();
    }
  }

  /** A wall-clock time in the company's zone, as a datetime-local input takes it. */
  private static String local(ZonedDateTime at) {
    return at.truncatedTo(ChronoUnit.MINUTES).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
  }

  private static Locator field(String name) {
    return console.locator(".field").filter(new Locator.FilterOptions().setHas(console.locator("[name=" + name + "]")));
  }

  private static Locator row() {
    return console.locator("li.row--contest[data-contest='" + contestId + "']");
  }

  private static Locator latest(long employee) {
    return screen.locator(".contest-latest li[data-employee='" + employee + "']");
  }

  @Test
  @Order(1)
  @DisplayName("Līga signs into the console, is told what is wrong next to the field (by the form, then by the server once live), saves the contest and launches it")
  void liaisonLaunchesAContest() {
    console = chorus.browser.open(chorus.node.url() + "/console");
    console.locator("input[name=email]").fill("liga@acme.example");
    console.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    console.locator("button[type=submit]").click();
    assertThat(console.locator(".page-title")).hasText("Contests");

    console.locator("button.new-contest").click();
    ZoneId zone = ZoneId.of(chorus.node.sql.text("SELECT time_zone FROM company ORDER BY id LIMIT 1"));
    ZonedDateTime now = ZonedDateTime.now(zone);
    console.locator("[name=name]").fill("Winter lights");
    console.locator("[name=hashtag]").fill("#winter lights");
    console.locator("[name=description]").fill("Show us the lights at your office.");
    console.locator("[name=rules]").fill("Post with the hashtag. One prize for the top, two drawn by lot.");
    console.locator("[name=starts]").fill(local(now.plusMinutes(30)));
    console.locator("[name=ends]").fill(local(now.plusDays(2)));
    console.locator("[name=prizeTopN]").fill("1");
    console.locator("[name=drawWinners]").fill("2");
    console.locator("[name=drawMinEntries]").fill("1");
    console.locator("[name=graceHours]").fill("0");
    console.locator("form.contest-form button[type=submit]").click();
    assertThat(field("hashtag").locator(".field-error")).containsText("one hashtag as X links them");
    assertThat(console.locator("[name=hashtag]")).hasAttribute("aria-invalid", "true");
    assertEquals(0, chorus.node.sql.number("SELECT count(*) FROM contest WHERE hashtag = ?", TAG),
        "a refused form changes nothing");

    console.locator("[name=hashtag]").fill("#" + TAG);
    console.locator("form.contest-form button[type=submit]").click();
    assertThat(console.locator(".notice")).containsText("is saved (Draft)");
    contestId = chorus.node.sql.number("SELECT id FROM contest WHERE hashtag = ?", TAG);
    assertThat(row()).hasAttribute("data-status", "draft");

    row().locator("button[data-step=launch]").click();
    assertThat(row()).hasAttribute("data-status", "live");
    assertThat(row().locator(".chip")).hasText("Live");

    // Live, its hashtag is locked: the server's refusal is said next to the field, and nothing changes.
    row().locator("button:has-text('Edit')").click();
    assertThat(console.locator("[name=hashtag]")).hasValue("#" + TAG);
    console.locator("[name=hashtag]").fill("#SummerLights");
    console.locator("form.contest-form button[type=submit]").click();
    assertThat(field("hashtag").locator(".field-error")).containsText("can no longer change");
    assertEquals(TAG, chorus.node.sql.text("SELECT hashtag FROM contest WHERE id = ?", contestId));
    console.locator("form.contest-form button:has-text('Cancel')").click();
    assertThat(row()).hasAttribute("data-status", "live");
  }

  @Test
  @Order(2)
  @DisplayName("The office screen's contest view counts down with no entries yet; Jānis's popup lists the contest")
  void screenAndPopupShowTheContest() {
    screen = chorus.browser.open(chorus.node.url() + "/screen?contest=" + contestId + "#t=" + chorus.node.screenToken());
    assertThat(screen.locator(".contest-name")).hasText("Winter lights");
    assertThat(screen.locator(".contest-hashtag")).hasText("#" + TAG);
    assertThat(screen.locator(".countdown")).hasText(Pattern.compile("^\\d+ d \\d\\d:\\d\\d:\\d\\d$"));
    assertThat(screen.locator(".contest-latest li[data-employee]")).hasCount(0);
    screen.evaluate("() => { window.__noReload = 'still here'; }");

    Page popup = chorus.browser.openExtensionPage("popup.html");
    Locator mine = popup.locator(".contests li.contest[data-contest='" + contestId + "']");
    assertThat(mine.locator(".contest-tag")).hasText("#" + TAG);
    assertThat(mine.locator(".contest-left")).containsText("d ");
    assertThat(mine.locator(".contest-mine")).hasText("No entries yet");
    popup.close();
  }

  @Test
  @Order(3)
  @DisplayName("Jānis posts his own words with the hashtag on X: the panel says it entered, the screen shows it within 2 s")
  void ownPostOnX() {
    Page x = chorus.browser.open("https://x.com/home");
    assertThat(x.locator("#chorus-panel li.card").first()).isVisible();
    Locator editor = x.locator("[data-testid=primaryColumn] [data-testid=tweetTextarea_0]");
    editor.click();
    x.keyboard().type("Skating past the office on the way home, lights everywhere #" + TAG);

    long posted = System.nanoTime();
    x.getByTestId("tweetButtonInline").click();

    assertThat(latest(janis)).hasCount(1, WITHIN_2S);
    assertTrue(System.nanoTime() - posted < 2_000_000_000L, "within two seconds of Post");
    assertThat(latest(janis).first()).containsText("posted on X");
    String postUrl = (String) x.evaluate("() => __fixture.posts[0].url");
    assertEquals(postUrl, chorus.node.sql.text("SELECT post_url FROM own_post WHERE employee_id = ?", janis));
    // The hashtag is the liaison's words: isolated (FSI … PDI) inside the panel's sentence.
    assertThat(x.locator("#chorus-panel .status")).hasText(
        Pattern.compile("^Entered \u2068#" + TAG + "\u2069: \\+10 contest points$"));
    x.close();
  }

  @Test
  @Order(4)
  @DisplayName("Jānis shares the contest item on LinkedIn: it is marked, its post carries the hashtag, the screen shows the second entry within 2 s")
  void shareOnLinkedIn() {
    Page linkedIn = chorus.browser.open("https://www.linkedin.com/feed/");
    Locator item = card(linkedIn, ITEM);
    assertThat(item).hasClass(Pattern.compile("\\bcontest\\b"));
    assertThat(item.locator(".ctag")).hasText("Contest #" + TAG);
    assertThat(linkedIn.locator("#chorus-panel li.card").first()).hasAttribute("data-contest", TAG);
    item.locator("[data-chorus=share]").click();
    String link = chorus.trackedLink(JANIS, chorus.node.contentId(ITEM), "linkedin");
    linkedIn.waitForFunction("link => (window.__fixture.composerText() || '').includes(link)", link);
    assertTrue(((String) linkedIn.evaluate("() => window.__fixture.composerText()")).contains("#" + TAG));

    long posted = System.nanoTime();
    linkedIn.locator("button.share-actions__primary-action").click();

    assertThat(latest(janis)).hasCount(2, WITHIN_2S);
    assertTrue(System.nanoTime() - posted < 2_000_000_000L, "within two seconds of Post");
    assertThat(latest(janis).first()).containsText("shared on LinkedIn");
    assertThat(screen.locator(".contest-rows li[data-employee='" + janis + "'] .row-where")).hasText("2 entries");
    assertEquals("still here", screen.evaluate("() => window.__noReload"), "the screen did not reload");
    screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("contest-screen.png")));
  }

  @Test
  @Order(5)
  @DisplayName("Three colleagues enter; Līga ends the contest; the screen turns to the final winners with the commitment and the seed")
  void endsAndShowsTheWinners() {
    for (String email : List.of("sanne@acme.example", "daan@acme.example", "giulia@acme.example")) {
      JsonObject body = new JsonObject().put("network", "x")
          .put("postUrl", "https://x.com/someone/status/" + Math.abs(UUID.randomUUID().getMostSignificantBits()))
          .put("text", "Evening walk, our office windows glowing #" + TAG);
      Api.Reply r = chorus.node.api.postJson("/api/contest-entries", chorus.node.signIn(email), body.encode(),
          "Idempotency-Key", Api.newKey());
      assertEquals(201, r.status(), r.text());
    }
    assertThat(screen.locator(".contest-rows li[data-employee]")).hasCount(4);

    console.locator("a.nav-link[href='#contests']").click();
    row().locator("button[data-step=end]").click();
    assertThat(row()).hasAttribute("data-status", Pattern.compile("ended|final"));

    Locator winners = screen.locator(".contest-winners[data-results=final]");
    assertThat(winners).isVisible(new LocatorAssertions.IsVisibleOptions()
        .setTimeout(10_000));
    assertThat(winners.locator("li.winner[data-reason=top]")).hasCount(1);
    assertThat(winners.locator("li.winner[data-reason=top]")).hasAttribute("data-employee", String.valueOf(janis));
    assertThat(winners.locator("li.winner[data-reason=draw]")).hasCount(2);
    assertThat(winners.locator(".seed")).hasText(Pattern.compile("^[0-9a-f]{64}$"));
    assertThat(screen.locator(".countdown")).hasText("00:00");
    long giulia = chorus.node.employeeId("giulia@acme.example");
    assertThat(screen.locator(".contest-rows li[data-employee='" + giulia + "'] .row-name")).hasText(HOSTILE);
    assertEquals(0, screen.locator("img").count(), "a name that is markup is shown as text");
    assertEquals(null, screen.evaluate("() => window.__pwned"));
    screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("contest-screen-winners.png")));
  }

  @Test
  @Order(6)
  @DisplayName("The command the console prints, run on the downloaded entrant list with the published seed, gives the commitment and the same two drawn winners")
  void reRunningTheDrawGivesTheSameWinners() throws Exception {
    row().locator("button:has-text('Results')").click();
    Locator outcome = console.locator(".contest-outcome[data-results=final]");
    assertThat(outcome.locator(".verify-command")).isVisible();
    console.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-contests.png"))
        .setFullPage(true));
    long giulia = chorus.node.employeeId("giulia@acme.example");
    assertThat(console.locator(".contest-board li[data-employee='" + giulia + "'] .person")).hasText(HOSTILE);
    assertEquals(0, console.locator("img").count(), "a name that is markup is shown as text");
    Download download = console.waitForDownload(() -> outcome.locator("a.entrants-link").click());
    Path dir = Files.createTempDirectory("chorus-draw");
    download.saveAs(dir.resolve("entrants.csv"));
    String command = outcome.locator(".verify-command").textContent();

    Process run = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true).start();
    assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the check finishes");
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.exitValue(), out);
    List<String> lines = new ArrayList<>(out.strip().lines().toList());

    String commitment = screen.locator(".contest-winners .commitment").textContent();
    assertEquals("commitment " + commitment, lines.remove(0), "the seed is the one committed to at launch");
    assertEquals(commitment, chorus.node.sql.text("SELECT commitment FROM contest WHERE id = ?", contestId));
    Set<String> drawnOnScreen = new TreeSet<>();
    for (Object id : (List<?>) screen.locator(".contest-winners li.winner[data-reason=draw]")
        .evaluateAll("els => els.map(e => e.dataset.employee)")) {
      drawnOnScreen.add(String.valueOf(id));
    }
    assertEquals(drawnOnScreen, new TreeSet<>(lines), "the same winners: " + out);
  }
}
