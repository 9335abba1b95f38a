package io.chorus.shared.text;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * twitter-text 3.1.0's official conformance files, one test per entry, run on the JVM build of the
 * text rules. The extension's TextRulesInJavaScriptIT runs the same entries on the compiled JavaScript.
 */
class TwitterTextConformanceTest {

  static Stream<Arguments> extract() {
    return arguments(TextCases.all(TextCases.EXTRACT));
  }

  static Stream<Arguments> validate() {
    return arguments(TextCases.all(TextCases.VALIDATE));
  }

  static Stream<Arguments> chorus() {
    return arguments(TextCases.all(TextCases.CHORUS));
  }

  @DisplayName("extract.yml: hashtags and URLs (with offsets) are found exactly where twitter-text finds them")
  @ParameterizedTest(name = "{0} — {1}")
  @MethodSource("extract")
  void extractYml(String section, String description, TextCases.Case c) {
    TextAnswers.of(c.text()).check(c);
  }

  @DisplayName("validate.yml: weighted length, validity and display ranges match twitter-text; hashtags valid as it says")
  @ParameterizedTest(name = "{0} — {1}")
  @MethodSource("validate")
  void validateYml(String section, String description, TextCases.Case c) {
    TextAnswers.of(c.text()).check(c);
  }

  @DisplayName("chorus-cases.yml: the posts the earlier rules got wrong now get X's answer")
  @ParameterizedTest(name = "{0} — {1}")
  @MethodSource("chorus")
  void chorusCasesYml(String section, String description, TextCases.Case c) {
    TextAnswers.of(c.text()).check(c);
  }

  private static Stream<Arguments> arguments(List<TextCases.Case> cases) {
    return cases.stream().map(c -> Arguments.of(c.section(), c.description(), c));
  }
}
