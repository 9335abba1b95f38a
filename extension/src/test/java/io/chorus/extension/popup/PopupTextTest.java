package io.chorus.extension.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.extension.i18n.LocaleWords;
import io.chorus.shared.wire.Streak;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The popup's words")
class PopupTextTest {
  private static final LocaleWords EN = LocaleWords.of("en");

  @ParameterizedTest(name = "{0} weeks, shared this week {1}: \"{2}\"")
  @DisplayName("The streak line: kept (the flame is a picture beside it), at risk, or not started")
  @CsvSource({
      "3, true, 3-week streak",
      "1, true, 1-week streak",
      "3, false, Share this week to keep your 3-week streak",
      "0, false, Share this week to start a streak",
      "53, true, 53-week streak"
  })
  void streak(int weeks, boolean sharedThisWeek, String expected) {
    assertEquals(expected, PopupText.streak(EN, new Streak(weeks, sharedThisWeek)));
  }

  @ParameterizedTest(name = "code {0} → \"{2}\"")
  @DisplayName("Each kudos refusal has its own plain explanation; an unknown code shows the server's words")
  @CsvSource(value = {
      "kudos_to_self | x | Kudos are for colleagues: pick someone other than yourself.",
      "unknown_colleague | x | That colleague is no longer in Chorus. Pick someone else.",
      "unknown_value | x | That is no longer one of your company's values. Pick another.",
      "kudos_budget_spent | x | You have given all your kudos for this week. More on Monday.",
      "invalid_field | 'message' is longer than 280 characters. | 'message' is longer than 280 characters.",
      "NULL | NULL | Chorus could not send this kudos. Check the colleague, the value and the message."
  }, delimiter = '|', nullValues = "NULL")
  void refusals(String code, String serverMessage, String expected) {
    assertEquals(expected, PopupText.kudosError(EN, code, serverMessage, true));
  }

  @Test
  @DisplayName("Not reached or busy: the same kudos may be sent again and counts once")
  void unsettled() {
    assertEquals("Not sent yet: The Chorus server at http://localhost:8080 cannot be reached. "
            + "Press Send again; it will count only once.",
        PopupText.kudosError(EN, "unreachable", "The Chorus server at http://localhost:8080 cannot be reached.", false));
  }

  @Test
  @DisplayName("The counter counts what the server counts (UTF-16 units: an emoji is two), ranks and the budget read plainly")
  void counterRanksBudget() {
    assertEquals("0 / 280", PopupText.counter(EN, "", 280));
    assertEquals("7 / 280", PopupText.counter(EN, "thanks\uD83D\uDE4C".substring(0, 7), 280));
    assertEquals("8 / 280", PopupText.counter(EN, "thanks🙌", 280));
    assertEquals("#3", PopupText.rank(EN, 3));
    assertEquals("\u2013", PopupText.rank(EN, 0));
    assertEquals("5 left this week", PopupText.kudosLeft(EN, 5));
    assertEquals("none left this week", PopupText.kudosLeft(EN, 0));
    assertEquals("Kudos sent to Sanne de Vries", PopupText.kudosSent(EN, "Sanne de Vries"));
  }
}
