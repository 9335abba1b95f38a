package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.badges.Badge;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Words and numbers on the screen")
class FormatsTest {
  private static final long NOW = 1_770_000_000_000L;

  @ParameterizedTest(name = "{0} s old: \"{1}\"")
  @DisplayName("Time ago, at every boundary; a share from the TV's future is \"just now\"")
  @CsvSource({
      "-30, just now",
      "0, just now",
      "59, just now",
      "60, 1 min ago",
      "119, 1 min ago",
      "3599, 59 min ago",
      "3600, 1 h ago",
      "86399, 23 h ago",
      "86400, yesterday",
      "172799, yesterday",
      "172800, 2 days ago",
      "2592000, 30 days ago"
  })
  void timeAgo(long secondsOld, String expected) {
    assertEquals(expected, Formats.timeAgo(NOW - secondsOld * 1000, NOW));
  }

  @ParameterizedTest(name = "{0} → \"{1}\"")
  @DisplayName("Points are grouped in thousands with a thin space, whatever the TV's locale")
  @CsvSource({
      "0, 0",
      "10, 10",
      "999, 999",
      "1000, 1\u2009000",
      "12480, 12\u2009480",
      "1234567, 1\u2009234\u2009567",
      "-1500, \u22121\u2009500"
  })
  void points(long points, String expected) {
    assertEquals(expected, Formats.points(points));
  }

  @ParameterizedTest(name = "{0} / {1} → \"{2}\"")
  @DisplayName("Office and team, either may be missing")
  @CsvSource(value = {
      "Riga | Engineering | Riga · Engineering",
      "Riga | NULL | Riga",
      "NULL | Sales | Sales",
      "NULL | NULL | ''",
      "Kuala Lumpur | '' | Kuala Lumpur"
  }, delimiter = '|', nullValues = "NULL")
  void where(String office, String team, String expected) {
    assertEquals(expected, String.join(" · ", Formats.where(office, team)));
  }

  @ParameterizedTest(name = "\"{0}\" in {1} → \"{2}\"")
  @DisplayName("A kudos message is cut for a TV line: on a word when one is near, never inside an emoji, line breaks flattened")
  @CsvSource(value = {
      "thanks for the demo | 40 | thanks for the demo",
      "'  thanks\n\nfor   the demo  ' | 40 | thanks for the demo",
      "thanks for staying late on the release night | 20 | thanks for staying…",
      "abcdefghijklmnopqrstuvwxyz | 10 | abcdefghi…",
      "great work 🚀🚀🚀 | 13 | great work…",
      "great work 🚀🚀🚀 | 14 | great work 🚀…",
      "ありがとうございます、本当に助かりました | 10 | ありがとうございま…",
      "we did it, together. Thank you | 12 | we did it…",
      "NULL | 10 | ''"
  }, delimiter = '|', nullValues = "NULL")
  void excerpt(String text, int max, String expected) {
    String cut = Formats.excerpt(text, max);
    assertEquals(expected, cut);
    assertTrue(cut.length() <= max, cut);
  }

  @ParameterizedTest(name = "{0} → \"{1}\"")
  @DisplayName("A badge reads as its title (its picture is an image beside it); one from a newer server still reads as a badge")
  @CsvSource({
      "first-share, First share",
      "streak-4, 4-week streak",
      "from-the-future, a new badge"
  })
  void badge(String id, String expected) {
    assertEquals(expected, Formats.badge(id));
  }

  @Test
  @DisplayName("A board row shows the four most recently earned badges this build knows, oldest of them first")
  void latestBadges() {
    List<String> earned = List.of("first-share", "first-on-item", "unknown", "streak-4", "shares-10", "kudos-given-10");

    assertEquals(List.of(Badge.FIRST_ON_ITEM, Badge.STREAK_4, Badge.SHARES_10, Badge.KUDOS_GIVEN_10),
        Formats.latestBadges(earned, 4));
    assertEquals(List.of(Badge.FIRST_SHARE), Formats.latestBadges(List.of("first-share", "first-share"), 4));
    assertEquals(List.of(), Formats.latestBadges(List.of(), 4));
  }
}
