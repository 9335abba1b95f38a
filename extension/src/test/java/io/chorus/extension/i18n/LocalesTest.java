package io.chorus.extension.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The extension speaks English, Latvian, Dutch, Russian, Malay and Italian")
class LocalesTest {
  private static final Map<String, Map<String, String>> EN = LocaleWords.load("en");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"lv", "nl", "ru", "ms", "it"})
  @DisplayName("Every English message is translated, with the same $1…$9 in it (a word shows the number it speaks of)")
  void everyMessageTranslated(String language) {
    Map<String, Map<String, String>> other = LocaleWords.load(language);
    for (String key : new TreeSet<>(EN.keySet())) {
      String base = plainKey(key);
      boolean translated = other.containsKey(key) || other.containsKey(base + "_other");
      assertTrue(translated, language + " lacks " + key);
      // A language without this plural form (Malay has only "other") is compared form for form.
      String k = other.containsKey(key) ? key : base + "_other";
      assertEquals(placeholders(EN.get(k).get("message")), placeholders(other.get(k).get("message")), language + " " + k);
    }
    for (String key : other.keySet()) {
      assertTrue(EN.containsKey(key), language + " has " + key + ", which English (the default locale) lacks");
    }
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | 1  | +1 point
      en | 15 | +15 points
      lv | 1  | +1 punkts
      lv | 21 | +21 punkts
      lv | 15 | +15 punktu
      lv | 10 | +10 punktu
      lv | 3  | +3 punkti
      ru | 1  | +1 балл
      ru | 3  | +3 балла
      ru | 15 | +15 баллов
      ru | 22 | +22 балла
      nl | 1  | +1 punt
      nl | 5  | +5 punten
      ms | 1  | +1 mata
      it | 1  | +1 punto
      it | 5  | +5 punti
      """)
  @DisplayName("Plurals follow the language: Latvian's 1, 21 / 10–20 / 3, Russian's 1 / 2–4 / 5–20")
  void plurals(String language, int n, String expected) {
    assertEquals(expected, LocaleWords.of(language).count("p_pts", n));
  }

  @Test
  @DisplayName("The manifest's name and description come from the locales")
  void manifestStrings() {
    assertEquals("Chorus", EN.get("extName").get("message"));
    assertTrue(LocaleWords.of("lv").get("extDescription").startsWith("Dalieties"));
  }

  private static String plainKey(String key) {
    for (String cat : new String[] {"_zero", "_one", "_few", "_many", "_other"}) {
      if (key.endsWith(cat)) {
        return key.substring(0, key.length() - cat.length());
      }
    }
    return key;
  }

  private static TreeSet<Character> placeholders(String message) {
    TreeSet<Character> out = new TreeSet<>();
    for (int i = 0; i + 1 < message.length(); i++) {
      if (message.charAt(i) == '$' && Character.isDigit(message.charAt(i + 1))) {
        out.add(message.charAt(i + 1));
      }
    }
    return out;
  }
}
