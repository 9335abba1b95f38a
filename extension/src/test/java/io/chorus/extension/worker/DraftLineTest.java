package io.chorus.extension.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.extension.i18n.LocaleWords;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The line under a draft while the employee edits")
class DraftLineTest {
  private static final LocaleWords EN = LocaleWords.of("en");

  @ParameterizedTest(name = "{0} of {1}, {2} new words → {5}")
  @CsvSource(delimiter = '|', textBlock = """
      212 | 280 | 0 | 5 | 5 | 68 characters left · Add a few words of your own: +5 points
      279 | 280 | 3 | 5 | 5 | 1 character left · Add 2 more words of your own: +5 points
      100 | 280 | 4 | 5 | 5 | 180 characters left · Add 1 more word of your own: +5 points
      100 | 280 | 7 | 5 | 5 | 180 characters left · Your own words earn +5 points
      281 | 280 | 9 | 5 | 5 | 1 character over X's limit · Your own words earn +5 points
      300 | 280 | 0 | 5 | 0 | 20 characters over X's limit
      """)
  @DisplayName("Characters left (or over X's limit), and how far the draft is from the own-words bonus")
  void lengthAndOwnWords(int length, int max, int newWords, int min, int bonus, String line) {
    assertEquals(line, DraftLine.of(EN, "X", length, max, newWords, min, bonus, List.of(), null).text());
  }

  @Test
  @DisplayName("Blocklisted words and a missing disclosure tag are named, and the line is marked to fix")
  void blocklistAndDisclosure() {
    DraftLine.Line line = DraftLine.of(EN, "LinkedIn", 100, 3000, 0, 5, 5, List.of("guaranteed", "insider"),
        "#AcmeEmployee");
    assertEquals("2900 characters left · Your company asks not to post: guaranteed, insider · Keep #AcmeEmployee in the post: your company asks you to say you work there · Add a few words of your own: +5 points", line.text());
    assertEquals(true, line.bad());
    assertEquals(false, DraftLine.of(EN, "X", 10, 280, 9, 5, 5, List.of(), null).bad());
  }

  @Test
  @DisplayName("In Latvian: 68 rakstzīmes, the nudge in Latvian")
  void latvian() {
    assertEquals("atlikušas 68 rakstzīmes · Pievienojiet dažus savus vārdus: +5 punkti",
        DraftLine.of(LocaleWords.of("lv"), "X", 212, 280, 0, 5, 5, List.of(), null).text());
  }
}
