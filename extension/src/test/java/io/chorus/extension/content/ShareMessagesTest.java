package io.chorus.extension.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.extension.i18n.LocaleWords;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What the panel says about a counted share")
class ShareMessagesTest {
  private static final String[] NONE = {};
  private static final LocaleWords EN = LocaleWords.of("en");
  private static final LocaleWords LV = LocaleWords.of("lv");
  private static final LocaleWords RU = LocaleWords.of("ru");

  @Test
  @DisplayName("Points and rank this week")
  void pointsAndRank() {
    assertEquals("Shared! +10 points · #3 this week", ShareMessages.counted(EN, 10, NONE, 3, 25));
  }

  @Test
  @DisplayName("A badge the share earned is named after the points (its picture follows the line)")
  void firstShareBadge() {
    assertEquals("Shared! +15 points \u2014 First share! · #3 this week",
        ShareMessages.counted(EN, 15, new String[] {"First share"}, 3, 25));
  }

  @Test
  @DisplayName("Two badges are both named")
  void severalBadges() {
    assertEquals("Shared! +15 points \u2014 First share! Trailblazer! · #3 this week",
        ShareMessages.counted(EN, 15, new String[] {"First share", "Trailblazer"}, 3, 25));
  }

  @Test
  @DisplayName("Trimmed by the daily cap to one point, singular; a standing without a rank shows the week's points")
  void singularAndUnranked() {
    assertEquals("Shared! +1 point · 96 points this week", ShareMessages.counted(EN, 1, null, 0, 96));
  }

  @Test
  @DisplayName("In Latvian and Russian the points take the language's plural: 15 punktu, 21 punkts; 15 баллов, 3 балла")
  void latvianAndRussian() {
    assertEquals("Kopīgots! +15 punktu · #3 šonedēļ", ShareMessages.counted(LV, 15, NONE, 3, 25));
    assertEquals("Kopīgots! +1 punkts · 21 punkts šonedēļ", ShareMessages.counted(LV, 1, NONE, 0, 21));
    assertEquals("Опубликовано! +15 баллов · 3 балла на этой неделе", ShareMessages.counted(RU, 15, NONE, 0, 3));
  }
}
