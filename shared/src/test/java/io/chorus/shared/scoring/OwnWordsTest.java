package io.chorus.shared.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The own-words bonus needs words of one's own, not a changed comma")
class OwnWordsTest {
  private static final String SUGGESTED =
      "Our robots now sort parcels twice as fast. #robotics https://acme.example/news/sorting";

  @Test
  @DisplayName("The suggestion as it was, or recased and repunctuated, earns nothing")
  void sameWords() {
    assertFalse(OwnWords.differsMeaningfully(SUGGESTED, SUGGESTED));
    assertFalse(OwnWords.differsMeaningfully(SUGGESTED,
        "OUR robots now sort parcels — twice as fast!!! #Robotics https://acme.example/news/sorting"));
  }

  @Test
  @DisplayName("Extra hashtags, mentions and links are not words of one's own")
  void decorationsDoNotCount() {
    assertFalse(OwnWords.differsMeaningfully(SUGGESTED,
        SUGGESTED + " #AcmeEmployee #proud #team #work #love @acme https://x.example/a https://x.example/b"));
  }

  @Test
  @DisplayName("A sentence of one's own earns it; four new words do not")
  void ownSentence() {
    assertEquals(4, OwnWords.newWords(SUGGESTED, SUGGESTED + " I built this myself"));
    assertFalse(OwnWords.differsMeaningfully(SUGGESTED, SUGGESTED + " I built this myself"));
    assertTrue(OwnWords.differsMeaningfully(SUGGESTED,
        "Proud of my team: the sorter I helped build doubled our speed! https://acme.example/news/sorting"));
  }

  @Test
  @DisplayName("Words in other scripts count too (Latvian, with diacritics)")
  void otherScripts() {
    assertTrue(OwnWords.differsMeaningfully(SUGGESTED,
        "Lepojos ar mūsu komandu — šķirotājs strādā divreiz ātrāk! " + SUGGESTED));
  }

  @Test
  @DisplayName("A missing suggestion or post is handled: every posted word is new")
  void nulls() {
    assertEquals(0, OwnWords.newWords(SUGGESTED, null));
    assertEquals(5, OwnWords.newWords(null, "one two three four five"));
  }

  @Test
  @DisplayName("The suggestion with its accents decomposed (NFD) or zero-width spaces inside words earns nothing")
  void normalisedBeforeComparing() {
    String latvian = "Lepojos ar mūsu komandu, šķirotājs strādā divreiz ātrāk";
    String decomposed = java.text.Normalizer.normalize(latvian, java.text.Normalizer.Form.NFD);
    assertEquals(0, OwnWords.newWords(latvian, decomposed));
    assertEquals(0, OwnWords.newWords(SUGGESTED, SUGGESTED.replace("robots", "ro\u200Bbots")
        .replace("parcels", "par\u00ADcels").replace("twice", "tw\u2060ice").replace("fast", "\uFEFFfast")));
  }
}
