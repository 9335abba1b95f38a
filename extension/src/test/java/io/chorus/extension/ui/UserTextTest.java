package io.chorus.extension.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("User text inside a longer string is wrapped in FSI … PDI, and nothing inside can close that early")
class UserTextTest {

  @DisplayName("Isolated")
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a plain name                        | Sanne de Vries           | \u2068Sanne de Vries\u2069
      an Arabic name                      | مريم                     | \u2068مريم\u2069
      a right-to-left override            | Eve\u202Elive            | \u2068Eve\u202Elive\u2069
      a stray PDI before an override      | Eve\u2069\u202Elive      | \u2068Eve\u202Elive\u2069
      an isolate the text opens and closes| a\u2067b\u2069c          | \u2068a\u2067b\u2069c\u2069
      one closed, then a stray one        | a\u2066b\u2069\u2069c    | \u2068a\u2066b\u2069c\u2069
      """)
  void isolates(String what, String text, String expected) {
    assertEquals(expected, UserText.isolate(text), what);
  }

  @Test
  @DisplayName("Nothing is an empty isolate")
  void nothing() {
    assertEquals("\u2068\u2069", UserText.isolate(null));
  }
}
