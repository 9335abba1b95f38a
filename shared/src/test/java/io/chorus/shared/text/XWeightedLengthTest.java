package io.chorus.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XWeightedLengthTest {

  @DisplayName("X counts Latin as 1, CJK as 2, any URL as 23 and an emoji sequence as 2")
  @ParameterizedTest(name = "{2}: \"{0}\" weighs {1}")
  @CsvSource(delimiter = '|', textBlock = """
      hello                                      | 5  | ASCII letters
      café                                       | 4  | precomposed Latin-1
      cafe\u0301                                 | 4  | e + combining acute is NFC-composed first
      日本語                                     | 6  | CJK ideographs weigh 2
      한국어                                     | 6  | Hangul weighs 2
      Привет                                     | 6  | Cyrillic is in the light range
      “quoted” — dash                            | 15 | typographic quotes and em dash are light
      https://chorus.example/a/very/long/path    | 23 | a URL weighs 23 whatever its length
      see https://x.co/a.                        | 28 | trailing punctuation is not part of the URL
      https://a.example https://b.example        | 47 | two URLs and a space
      😀                                         | 2  | an emoji (a surrogate pair) weighs 2
      👍🏽                                         | 2  | emoji + skin tone is one sequence
      👩‍💻                                         | 2  | ZWJ sequence woman technologist
      👨‍👩‍👧‍👦                                   | 2  | family of four, joined by ZWJ
      🇱🇻                                         | 2  | a flag is two regional indicators
      1️⃣                                         | 2  | keycap sequence
      ❤️                                         | 2  | heart with VS16
      ©                                          | 1  | copyright sign without VS16 is text
      a😀b                                       | 4  | emoji between letters
      𝐀                                          | 2  | a non-emoji astral letter weighs 2
      """)
  void weighsLikeTwitterText(String text, int expected, String why) {
    assertEquals(expected, XWeightedLength.of(text), why);
  }
}
