package io.chorus.extension.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.Network;
import io.chorus.shared.text.ShareText;
import io.chorus.shared.wire.Suggestion;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A contest item's prefilled text carries the contest's hashtag once, within the network's length")
class ContestTagTest {
  private static final String LINK = "https://chorus.example/r/AbC123";

  private static Suggestion item(Network network, String words, List<String> tags, String contest) {
    return new Suggestion(7, "Riga lab", null, "https://acme.example/riga", network, words, tags, LINK, contest);
  }

  @Test
  @DisplayName("Missing from the words and the campaign tags: added after them, before the link")
  void added() {
    assertEquals("Our lab is lit up. #AcmeEmployee #WinterLights " + LINK,
        ContentAnswers.prefilled(item(Network.LINKEDIN, "Our lab is lit up.", List.of("AcmeEmployee"), "WinterLights"), null));
  }

  @Test
  @DisplayName("Already in the words (any case, full-width sign) or among the campaign tags: not added again")
  void notTwice() {
    assertEquals("Lights on ＃winterlights " + LINK,
        ContentAnswers.prefilled(item(Network.X, "Lights on ＃winterlights", List.of(), "WinterLights"), null));
    assertEquals("Lights on. #WinterLights " + LINK,
        ContentAnswers.prefilled(item(Network.X, "Lights on.", List.of("WinterLights"), "winterlights"), null));
    assertEquals("Lights on. " + LINK, ContentAnswers.prefilled(item(Network.X, "Lights on.", List.of(), null), null));
  }

  @Test
  @DisplayName("On X the words give way so the hashtag and the link fit 280 weighted characters")
  void fits() {
    String words = "A very long story about the lab ".repeat(12).trim();
    String text = ContentAnswers.prefilled(item(Network.X, words, List.of(), "WinterLights"), null);
    assertTrue(text.endsWith("#WinterLights " + LINK), text);
    assertTrue(ShareText.length(Network.X, text) <= 280, text);
  }
}
