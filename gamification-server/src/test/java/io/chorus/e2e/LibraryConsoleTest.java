package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.chorus.e2e.SignedInChorus.card;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The content library in real Chromium, end to end: a liaison fills an item from a news page whose
 * title is HTML, sees X's limit counted live and a refusal next to its field, saves, previews and
 * approves it in the console; Jānis is offered it in the extension's panel on the LinkedIn fixture; and
 * once he has shared it, the office screen names it. The title stays text everywhere.
 *
 * <p>The pictures go to target/screenshots/console-library.png and console-library-editor.png (the
 * README's docs/ copies are made from them by hand, after looking at them).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The library in Chromium: created and approved in the console, suggested in the panel")
class LibraryConsoleTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String JANIS = "janis@acme.example";
  private static final String HOSTILE = "<img src=x onerror=alert(1)> Robots brew the office coffee";
  private static final String NEWS = """
      <!doctype html><html><head><title>Acme news</title>
      <meta property="og:title" content="%s">
      <meta property="og:description" content="Forty robots and one coffee machine in Riga.">
      <meta property="og:url" content="https://acme.example/news/coffee-robots">
      </head><body></body></html>
      """.formatted(HOSTILE.replace("<", "&lt;").replace(">", "&gt;"));

  private static SignedInChorus chorus;
  private static HttpServer news;
  private static final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> chorus == null ? null : chorus.browser);

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    news = TestNode.await(vertx.createHttpServer()
        .requestHandler(req -> req.response().putHeader("Content-Type", "text/html; charset=utf-8").end(NEWS))
        .listen(0, "127.0.0.1"));
    chorus = SignedInChorus.start(vertx, "library_console", JANIS, Map.of("CHORUS_LINK_PREVIEW_ALLOW_LOOPBACK", "true"));
    chorus.browser.context().onPage(p -> p.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    }));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (chorus != null) {
      chorus.close();
    }
    if (news != null) {
      TestNode.await(news.close());
    }
  }

  @Test
  @DisplayName("Filled from a link, counted live, refused next to its field, saved, approved: then suggested in the panel, the title as text in the console, the panel and the screen")
  void createApproveSuggest() {
    Page console = chorus.browser.open(chorus.node.url() + "/console#library");
    console.locator("input[name=email]").fill("liga@acme.example");
    console.locator("input[name=password]").fill(DemoCompany.PASSWORD);
    console.locator("button[type=submit]").click();
    assertThat(console.locator(".page-title")).hasText("Library");

    console.locator("button:has-text('New item')").click();
    Locator editor = console.locator("form.item-editor");
    editor.locator("input[name=url]").fill("http://127.0.0.1:" + news.actualPort() + "/news");
    editor.locator("[data-action=fill]").click();
    assertThat(editor.locator("input[name=title]")).hasValue(HOSTILE);
    assertThat(editor.locator("input[name=url]")).hasValue("https://acme.example/news/coffee-robots");
    assertThat(editor.locator("textarea[name=summary]")).hasValue("Forty robots and one coffee machine in Riga.");

    editor.locator("textarea[name=linkedinText]").fill("Our robots now brew the coffee for the whole Riga office.");
    editor.locator("input[name=hashtags]").fill("AcmeEmployee, robots");
    // 280 letters: over X's limit once the hashtags and the link are added (".example" is no top-level domain,
    // so X counts that address letter by letter: 39), and the counter says so as it is typed.
    editor.locator("textarea[name=xText]").fill("a".repeat(280));
    assertThat(editor.locator(".counter[data-network=x]")).hasClass(java.util.regex.Pattern.compile("counter--over"));
    assertThat(editor.locator(".counter[data-network=x]")).hasText("62 over X's 280");
    editor.locator("button[type=submit]").click();
    Locator xField = editor.locator(".field:has(textarea[name=xText])");
    assertThat(xField.locator(".field-error")).containsText("X allows 280");
    editor.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-library-editor.png")));
    assertEquals(0, chorus.node.sql.number("SELECT count(*) FROM content WHERE url = 'https://acme.example/news/coffee-robots'"));

    editor.locator("textarea[name=xText]").fill("Robots brew our coffee now.");
    assertThat(editor.locator(".counter[data-network=x]")).hasText("191 left of X's 280");
    editor.locator("button[type=submit]").click();

    Locator row = console.locator("li.row").filter(new Locator.FilterOptions().setHasText("Robots brew the office coffee"));
    assertThat(row.locator(".item-title")).hasText(HOSTILE);
    assertThat(row.locator(".item-state")).hasText("Draft");
    row.locator("[data-action=approve]").click();
    assertThat(row.locator(".item-state")).hasText("Live");
    row.locator("button:has-text('Preview')").click();
    assertThat(row.locator(".preview-part[data-network=x] .preview-text"))
        .hasText("Robots brew our coffee now. #AcmeEmployee #robots https://acme.example/news/coffee-robots");
    console.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-library.png")).setFullPage(true));
    assertEquals(0, console.locator("img").count(), "no element made of the title");

    Page linkedIn = chorus.browser.open("https://www.linkedin.com/feed/");
    Locator offered = card(linkedIn, "Robots brew the office coffee");
    assertThat(offered).isVisible();
    assertThat(offered).containsText(HOSTILE);
    assertEquals(0, ((Number) linkedIn.evaluate("() => document.getElementById('chorus-panel')"
        + ".shadowRoot.querySelectorAll('img[src=x]').length")).intValue(), "no <img> made of the title in the panel");

    long id = chorus.node.contentId(HOSTILE);
    Reply shared = chorus.node.api.report(chorus.node.signIn(JANIS), Api.newKey(),
        new JsonObject().put("contentId", id).put("network", "linkedin"));
    assertEquals(201, shared.status(), shared.text());
    Page screen = chorus.browser.open(chorus.node.url() + "/screen#t=" + chorus.node.screenToken());
    assertThat(screen.locator(".feed-list .feed-item--share .share-title").first()).containsText(HOSTILE);
    assertEquals(0, screen.locator("img:not(.badge-img)").count(), "no <img> made of the title on the screen");
    assertEquals(List.of(), dialogs, "nothing ran as script");
  }
}
