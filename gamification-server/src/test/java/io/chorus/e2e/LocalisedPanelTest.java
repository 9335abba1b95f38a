package io.chorus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.chorus.e2e.SignedInChorus.card;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Chromium whose own language is Latvian (--lang=lv, Debian's chromium-l10n): the extension picks its
 * words from its _locales by the browser's language, with Latvian plurals and numbers. The picture
 * target/screenshots/panel-lv.png is docs/panel-lv.png (copied by hand after looking at it).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("In a Latvian browser the extension speaks Latvian")
class LocalisedPanelTest {
  private static final String SANNE = "sanne@acme.example";
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "panel-lv.png");

  private static SignedInChorus chorus;
  private Page page;

  @RegisterExtension
  static TestWatcher diagnostics = ChromiumWithExtension.diagnosticsOnFailure(() -> chorus == null ? null : chorus.browser);

  @BeforeAll
  static void start(Vertx vertx) {
    chorus = SignedInChorus.start(vertx, "localised_panel", SANNE, "lv");
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
  @DisplayName("The LinkedIn panel: 'Ieteikts: LinkedIn', '+10 punktu' (Latvian plural), 'Dalīties'; after Share the status and the draft's line in Latvian")
  void panelInLatvian() {
    chorus.addItem("Acme atver laboratoriju Rīgā", "Mūsu jaunā laboratorija Rīgā ir atvērta!");
    page = chorus.browser.open("https://www.linkedin.com/feed/");
    Locator card = card(page, "Acme atver laboratoriju Rīgā");
    assertThat(card.locator("[data-chorus=share]")).hasText("Dalīties");
    assertThat(card.locator(".points")).hasText("+10 punktu");
    assertThat(page.locator("#chorus-panel .hint")).hasText("Ieteikts: LinkedIn");
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT));

    card.locator("[data-chorus=share]").click();
    assertThat(page.locator("#chorus-panel .status"))
        .hasText("Gatavs rakstīšanas logā: ja vēlaties, mainiet vārdus, tad publicējiet.");
    assertThat(page.locator("#chorus-panel .composing"))
        .containsText("Pievienojiet dažus savus vārdus: +5 punkti");
    assertThat(page.locator("#chorus-panel .composing")).containsText("rakstzīmes");
  }

  @Test
  @DisplayName("The popup: the standings' heads (Nedēļa, Mēnesis, Visu laiku), Punkti, Izrakstīties")
  void popupInLatvian() {
    page = chorus.browser.openExtensionPage("popup.html");
    assertThat(page.locator(".standings th.period").first()).hasText("Nedēļa");
    assertThat(page.locator(".standings .standing--points th")).hasText("Punkti");
    assertThat(page.locator("footer .sign-out")).hasText("Izrakstīties");
  }
}
