package io.chorus.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A draft's blocklisted words are found as whole words, in any letter case")
class BlocklistTest {
  private static final List<String> WORDS = List.of("guaranteed", "insider", "Q3 results", "ass", "гарантия");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Returns GUARANTEED for everyone          | guaranteed
      Our first-class team                     | ''
      An #insider view, and the Q3 Results too | insider;Q3 results
      Guaranteedly fine                        | ''
      Полная гарантия качества                 | гарантия
      гарантиями довольны                      | ''
      """)
  void found(String text, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
    assertEquals(want, Blocklist.found(text, WORDS));
  }
}
