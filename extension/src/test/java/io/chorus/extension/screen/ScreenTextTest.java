package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The office screen's words in its link's ?lang=")
class ScreenTextTest {
  @AfterEach
  void english() {
    ScreenText.use(null);
  }

  @Test
  @DisplayName("Every entry has English, Latvian, Dutch, Russian, Malay and Italian, none blank")
  void everyLanguage() {
    for (String[] row : ScreenText.TABLE) {
      assertEquals(1 + ScreenText.LANGUAGES.length, row.length, row[0]);
      for (String words : row) {
        assertFalse(words.isBlank(), row[0]);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      lv   | Aktīvākie dalītāji     | pirms 3 min
      ru   | Лучшие авторы          | 3 мин назад
      nl   | Topdelers              | 3 min geleden
      xx   | Top sharers            | 3 min ago
      """)
  @DisplayName("?lang= picks the words; an unknown language is English")
  void picks(String lang, String top, String ago) {
    ScreenText.use(lang);
    assertEquals(top, ScreenText.t("top"));
    assertEquals(ago, ScreenText.timeAgo(0, 3 * 60_000 + 5));
  }
}
