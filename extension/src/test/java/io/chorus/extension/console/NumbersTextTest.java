package io.chorus.extension.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Numbers page's words: the period's last day, days, counts, the funnel and the trend")
class NumbersTextTest {
  @ParameterizedTest(name = "{0} {1} days is {2}")
  @CsvSource({
      "2026-11-30, -1, 2026-11-29",
      "2026-12-31, 1, 2027-01-01",
      "2028-02-28, 1, 2028-02-29",
      "2027-03-01, -1, 2027-02-28",
      "2026-11-02, 84, 2027-01-25"})
  @DisplayName("The period's 'to' is the day after its last day, across months, years and leap days")
  void plusDays(String day, int days, String expected) {
    assertEquals(expected, NumbersText.plusDays(day, days));
  }

  @Test
  @DisplayName("Something that is no day is refused, not guessed")
  void noDay() {
    assertNull(NumbersText.plusDays("2026-02-30", 1));
    assertNull(NumbersText.plusDays("tomorrow", 1));
    assertNull(NumbersText.plusDays("", 1));
    assertEquals("2 Nov 2026", NumbersText.day("2026-11-02"));
    assertEquals("2 Nov", NumbersText.shortDay("2026-11-02"));
  }

  @Test
  @DisplayName("Counts have thousands separators; the funnel and the trend read as sentences")
  void words() {
    assertEquals("1,234,567", NumbersText.count(1234567));
    assertEquals("950", NumbersText.count(950));
    assertEquals("6 invited \u00B7 5 joined (83%) \u00B7 4 shared (80% of those who joined)",
        NumbersText.adoption(6, 5, 4));
    assertEquals("Trend: down 0.1 active advocates a week.", NumbersText.trend(1.9, 1.6, 4));
    assertEquals("Trend: up 1.5 active advocates a week.", NumbersText.trend(1.0, 4.0, 3));
    assertEquals("Trend: steady.", NumbersText.trend(2.0, 2.0, 5));
    assertEquals("Not enough full weeks for a trend.", NumbersText.trend(null, null, 1));
    assertEquals("\u2014", NumbersText.decimal(null));
    assertEquals("LinkedIn", NumbersText.code("network", "linkedin"));
    assertEquals("Shared in the period", NumbersText.code("stage", "active"));
    assertEquals("Hiring <img src=x onerr\u2026", NumbersText.axisLabel("Hiring <img src=x onerror=alert(1)>"));
  }
}
