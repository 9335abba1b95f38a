package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.shared.wire.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Screen links: the token comes from the fragment, the period and scope from the query")
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

  @ParameterizedTest(name = "\"{0}\" → period {1}, office {2}, team {3}")
  @DisplayName("The query chooses the period and one scope; anything that is not a plain id is dropped")
  @CsvSource(value = {
      "?period=month&office=3 | MONTH | 3 | NULL",
      "period=all&team=12 | ALL_TIME | NULL | 12",
      "?office=3&team=12 | WEEK | 3 | NULL",
      "?team=eng-riga_2 | WEEK | NULL | eng-riga_2",
      "?office=3%26x | WEEK | NULL | NULL",
      "?office=../admin | WEEK | NULL | NULL",
      "?office= | WEEK | NULL | NULL",
      "?period=decade&office=7 | WEEK | 7 | NULL",
      "'' | WEEK | NULL | NULL",
      "NULL | WEEK | NULL | NULL"
  }, delimiter = '|', nullValues = "NULL")
  void parsesTheQuery(String search, Period period, String office, String team) {
    ScreenLink link = ScreenLink.parse(search, "#t=abc");
    assertEquals("abc", link.token());
    assertEquals(period, link.period());
    assertEquals(office, link.office());
    assertEquals(team, link.team());
  }

  @Test
  @DisplayName("The query's period wins over an older link's period in the fragment")
  void queryPeriodWins() {
    assertEquals(Period.MONTH, ScreenLink.parse("?period=month", "#t=x&period=all").period());
    assertEquals(Period.ALL_TIME, ScreenLink.parse("?office=2", "#t=x&period=all").period());
  }

  @Test
  @DisplayName("The stream address carries the period, the scope and ten rows")
  void streamPath() {
    assertEquals("/api/leaderboard/stream?period=all&limit=10&patches=1", ScreenLink.parse("#t=x&period=all").streamPath());
    assertEquals("/api/leaderboard/stream?period=week&limit=10&patches=1", ScreenLink.parse("#t=x").streamPath());
    assertEquals("/api/leaderboard/stream?period=month&office=3&limit=10&patches=1",
        ScreenLink.parse("?period=month&office=3", "#t=x").streamPath());
    assertEquals("/api/leaderboard/stream?period=week&team=9&limit=10&patches=1",
        ScreenLink.parse("?team=9", "#t=x").streamPath());
  }

  @ParameterizedTest(name = "{0} → contest {1}")
  @CsvSource(value = {
      "?contest=42 | 42",
      "?period=month&contest=7 | 7",
      "?contest=0 | NULL",
      "?contest=-3 | NULL",
      "?contest=4%202 | NULL",
      "?contest=abc | NULL",
      "?office=3 | NULL"
  }, delimiter = '|', nullValues = "NULL")
  @DisplayName("?contest=<id> opens that contest's view; anything but a positive whole number is ignored")
  void parsesTheContest(String search, String contest) {
    ScreenLink link = ScreenLink.parse(search, "#t=abc");
    assertEquals(contest, link.contest());
    assertEquals(contest != null, link.isContest());
  }
}
