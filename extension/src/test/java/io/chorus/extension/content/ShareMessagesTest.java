package io.chorus.extension.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What the panel says about a share and a draft")
class ShareMessagesTest {
  private static final String[] NONE = {};

  @Test
  @DisplayName("Points and rank this week")
  void pointsAndRank() {
    assertEquals("Shared! +10 points · #3 this week", ShareMessages.counted(10, NONE, 3, 25));
  }

  @Test
  @DisplayName("A badge the share earned is named after the points (its picture follows the line)")
  void firstShareBadge() {
    assertEquals("Shared! +15 points \u2014 First share! · #3 this week",
        ShareMessages.counted(15, new String[] {"First share"}, 3, 25));
  }

  @Test
  @DisplayName("Two badges are both named")
  void severalBadges() {
    assertEquals("Shared! +15 points \u2014 First share! Trailblazer! · #3 this week",
        ShareMessages.counted(15, new String[] {"First share", "Trailblazer"}, 3, 25));
  }

  @Test
  @DisplayName("Trimmed by the daily cap to one point, singular; a standing without a rank shows the week's points")
  void singularAndUnranked() {
    assertEquals("Shared! +1 point · 96 points this week", ShareMessages.counted(1, null, 0, 96));
  }

  @ParameterizedTest(name = "{0} of {1}, {2} new words → {5}")
  @CsvSource(delimiter = '|', textBlock = """
      212 | 280 | 0 | 5 | 5 | 68 characters left · Add a few words of your own: +5 points
      279 | 280 | 3 | 5 | 5 | 1 character left · Add 2 more words of your own: +5 points
      100 | 280 | 4 | 5 | 5 | 180 characters left · Add 1 more word of your own: +5 points
      100 | 280 | 7 | 5 | 5 | 180 characters left · Your own words earn +5 points
      281 | 280 | 9 | 5 | 5 | 1 character over X's limit · Your own words earn +5 points
      300 | 280 | 0 | 5 | 0 | 20 characters over X's limit
      """)
  @DisplayName("The line under a draft: characters left (or over X's limit), and how far the draft is from the own-words bonus")
  void composing(double length, double max, double newWords, double min, double bonus, String line) {
    assertEquals(line, ShareMessages.composing(length, max, newWords, min, bonus, "X"));
  }
}
