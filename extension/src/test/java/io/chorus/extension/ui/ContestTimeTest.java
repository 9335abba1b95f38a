package io.chorus.extension.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("How long a contest has left: the popup's words and the screen's countdown")
class ContestTimeTest {
  private static final long NOW = 1_800_000_000_000L;

  @ParameterizedTest(name = "{0} ms → {1}")
  @CsvSource({
      "183600000, 2 d 3 h left",
      "86400000, 1 d 0 h left",
      "11520000, 3 h 12 min left",
      "3600000, 1 h 0 min left",
      "720000, 12 min left",
      "59999, 59 s left",
      "400, 1 s left",
      "0, ended",
      "-5000, ended"})
  @DisplayName("Time left in the popup, largest two units, 'ended' once over")
  void left(long ms, String words) {
    assertEquals(words, ContestTime.left(NOW + ms, NOW));
  }

  @ParameterizedTest(name = "{0} ms → {1}")
  @CsvSource({
      "183845000, 2 d 03:04:05",
      "11045000, 03:04:05",
      "245000, 04:05",
      "1, 00:01",
      "999, 00:01",
      "0, 00:00",
      "-60000, 00:00"})
  @DisplayName("The screen's countdown, rounded up to the second, never below zero")
  void countdown(long ms, String shown) {
    assertEquals(shown, ContestTime.countdown(NOW + ms, NOW));
  }
}
