package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.shared.wire.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Screen links: the token and the period come from the fragment")
class ScreenLinkTest {

  @ParameterizedTest(name = "\"{0}\" → token {1}, period {2}")
  @DisplayName("The fragment gives the token (or none) and the period (week unless it says all)")
  @CsvSource(value = {
      "#t=eyJ.a.b | eyJ.a.b | WEEK",
      "t=eyJ.a.b | eyJ.a.b | WEEK",
      "#t=eyJ.a.b&period=all | eyJ.a.b | ALL_TIME",
      "#period=all&t=eyJ.a.b | eyJ.a.b | ALL_TIME",
      "#t=eyJ.a.b&period=week | eyJ.a.b | WEEK",
      "#t=eyJ.a.b&period=decade | eyJ.a.b | WEEK",
      "'#t= eyJ.a.b ' | eyJ.a.b | WEEK",
      "'' | NULL | WEEK",
      "# | NULL | WEEK",
      "#t= | NULL | WEEK",
      "#t | NULL | WEEK",
      "#period=all | NULL | ALL_TIME",
      "NULL | NULL | WEEK"
  }, delimiter = '|', nullValues = "NULL")
  void parsesTheFragment(String hash, String token, Period period) {
    ScreenLink link = ScreenLink.parse(hash);
    assertEquals(token, link.token());
    assertEquals(period, link.period());
  }

  @Test
  @DisplayName("The stream address carries the period and ten rows")
  void streamPath() {
    assertEquals("/api/leaderboard/stream?period=all&limit=10", ScreenLink.parse("#t=x&period=all").streamPath());
    assertEquals("/api/leaderboard/stream?period=week&limit=10", ScreenLink.parse("#t=x").streamPath());
  }
}
