package io.chorus.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.Network;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShareTextTest {
  private static final String URL = "https://acme.com/news/new-office";

  @Test
  @DisplayName("The composed post is the words, then the missing hashtags (as the liaison cased them), then the link")
  void composesWordsTagsAndLink() {
    String text = ShareText.compose(Network.LINKEDIN, "We opened a new office in Riga!", URL,
        List.of("AcmeEmployee", "#Riga"));
    assertEquals("We opened a new office in Riga! #AcmeEmployee #Riga " + URL, text);
  }

  @Test
  @DisplayName("A hashtag or link already in the words is not added twice")
  void doesNotRepeatTagsOrLink() {
    String words = "Proud to be #AcmeEmployee — read " + URL;
    assertEquals(words, ShareText.compose(Network.X, words, URL, List.of("acmeemployee")));
  }

  @Test
  @DisplayName("On X, words too long for 280 are cut at a word with an ellipsis; tags and link stay")
  void fitsXByCuttingWords() {
    String words = "Chorus ".repeat(60).trim();
    String text = ShareText.compose(Network.X, words, URL, List.of("contest"));
    assertTrue(ShareText.fits(Network.X, text), "fits in 280: " + ShareText.length(Network.X, text));
    assertTrue(text.endsWith("\u2026 #contest " + URL), text);
    assertTrue(ShareText.length(Network.X, text) > 250, "uses the room it has");
  }

  @Test
  @DisplayName("CJK words are cut by weight on X: 2 per ideograph")
  void fitsCjkByWeight() {
    String words = "日本語のテキスト".repeat(30);
    String text = ShareText.compose(Network.X, words, URL, List.of());
    assertTrue(ShareText.fits(Network.X, text));
    assertTrue(text.endsWith("\u2026 " + URL));
  }

  @Test
  @DisplayName("LinkedIn counts characters up to 3,000, an emoji as one")
  void linkedInCountsCodePoints() {
    assertEquals(3, ShareText.length(Network.LINKEDIN, "a😀b"));
    assertTrue(ShareText.fits(Network.LINKEDIN, "x".repeat(3000)));
    assertTrue(!ShareText.fits(Network.LINKEDIN, "x".repeat(3001)));
  }

  @Test
  @DisplayName("Cutting never splits a surrogate pair")
  void neverSplitsSurrogates() {
    String words = "😀".repeat(200);
    String text = ShareText.compose(Network.X, words, URL, List.of());
    assertTrue(ShareText.fits(Network.X, text));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(Character.isLowSurrogate(text.charAt(i + 1)), "pair intact at " + i);
      }
    }
  }
}
