package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
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
    assertEquals(expected, Formats.where(office, team));
  }
}
