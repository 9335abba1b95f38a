package io.chorus.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weighted-length API other code calls; twitter-text's own cases run in TwitterTextConformanceTest. */
class XWeightedLengthTest {

  @DisplayName("X counts Latin as 1, CJK as 2, any URL (with or without a scheme) as 23 and an emoji sequence as 2")
  @ParameterizedTest(name = "{2}: \"{0}\" weighs {1}")
  @CsvSource(delimiter = '|', textBlock = """
      'hello'                                     | 5  | ASCII letters
      'café'                                      | 4  | precomposed Latin-1
      'cafe\u0301'                                | 4  | e + combining acute is NFC-composed first
      '日本語'                                    | 6  | CJK ideographs weigh 2
      '한국어'                                    | 6  | Hangul weighs 2
      'Привет'                                    | 6  | Cyrillic is in the light range
      '“quoted” — dash'                           | 15 | typographic quotes and em dash are light
      'https://chorus.com/a/very/long/path'       | 23 | a URL weighs 23 whatever its length
      'example.com'                               | 23 | a bare domain is a URL too
      'HTTPS://EXAMPLE.COM'                       | 23 | so is an uppercase one
      'see https://x.co/a.'                       | 28 | trailing punctuation is not part of the URL
      'https://a.com https://b.org'               | 47 | two URLs and a space
      'https://acme.example/news'                 | 25 | .example is no TLD: no URL, every character counts
      '😀'                                        | 2  | an emoji (a surrogate pair) weighs 2
      '👍🏽'                                        | 2  | emoji + skin tone is one sequence
      '👩‍💻'                                        | 2  | ZWJ sequence woman technologist
      '👨‍👩‍👧‍👦'                                  | 2  | family of four, joined by ZWJ
      '🇱🇻'                                        | 2  | a flag is two regional indicators
      '1️⃣'                                        | 2  | keycap sequence
      '❤️'                                        | 2  | heart with VS16
      '©'                                         | 1  | copyright sign without VS16 is text
      'a😀b'                                      | 4  | emoji between letters
      '𝐀'                                         | 2  | a non-emoji astral letter weighs 2
      ''                                          | 0  | empty text
      '  \t '                                     | 0  | blank text
      """)
  void weighsLikeTwitterText(String text, int expected, String why) {
    assertEquals(expected, XWeightedLength.of(text), why);
  }

  @Test
  @DisplayName("parse says whether X accepts a post, how much room is left and where the part that fits ends")
  void parseTellsWhatFits() {
    XWeightedLength.Result fits = XWeightedLength.parse("Hi https://acme.com/x");
    assertEquals(26, fits.weightedLength());
    assertEquals(254, fits.remaining());
    assertEquals(true, fits.valid());

    String tooLong = "日".repeat(141);
    XWeightedLength.Result over = XWeightedLength.parse(tooLong);
    assertEquals(282, over.weightedLength());
    assertEquals(false, over.valid());
    assertEquals(-2, over.remaining());
    assertEquals(140, over.displayRangeEnd());
    assertEquals(139, over.validRangeEnd(), "140 ideographs fit, the 141st does not");

    XWeightedLength.Result blank = XWeightedLength.parse(" ");
    assertEquals(false, blank.valid(), "X refuses a blank post");
  }
}
