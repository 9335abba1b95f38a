package io.chorus.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hashtag API other code calls; X's own rules are checked case by case in TwitterTextConformanceTest. */
class HashtagsTest {

  @DisplayName("A post's hashtags are found as X finds them, then NFC'd, case-folded and listed once each")
  @ParameterizedTest(name = "\"{0}\" → [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      'Join us #ToBeAPartner today'                 | 'tobeapartner'
      '#WorkSomewhereYouLove!'                      | 'worksomewhereyoulove'
      'full-width ＃Chorus tag'                     | 'chorus'
      '#2024 is all digits but #2024goals is not'   | '2024goals'
      'mail me a#b and &#39; are not tags'          | ''
      '#café #日本 #под_ключ'                        | 'café,日本,под_ключ'
      '#one #ONE #One'                              | 'one'
      '#Straße #STRASSE #strasse'                   | 'strasse'
      '#cafe\u0301 and #café are one tag'           | 'café'
      '##double: the second sign starts a tag'      | 'double'
      '#tag#two glued together are none'            | ''
      'https://acme.com/#fragment is a URL; #real'  | 'real'
      '#a·b and #ハッシュ・タグ keep their joiners'   | 'a·b,ハッシュ・タグ'
      '#️⃣ is a keycap, not a tag'                   | ''
      ''                                            | ''
      """)
  void extractsNormalisedTags(String text, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
    assertEquals(want, Hashtags.extract(text));
  }

  @DisplayName("A post carries a contest tag when X would link it there, compared in any case, NFC, with either sign")
  @ParameterizedTest(name = "\"{0}\" carries \"{1}\": {2}")
  @CsvSource(delimiter = '|', textBlock = """
      'So proud #WorkSomewhereYouLove'      | '#worksomewhereyoulove' | true
      'So proud #worksomewhereyoulove'      | 'WorkSomewhereYouLove'  | true
      'So proud ＃WORKSOMEWHEREYOULOVE'     | '#WorkSomewhereYouLove' | true
      'Ending a sentence with #contest.'    | 'contest'               | true
      '#Straße'                             | 'strasse'               | true
      '#cafe\u0301'                         | '＃café'                | true
      'So proud #worksomewhere'             | 'worksomewhereyoulove'  | false
      'So proud #worksomewhereyoulove2'     | 'worksomewhereyoulove'  | false
      'see https://acme.com/#contest'       | 'contest'               | false
      'see acme.com/#contest'               | 'contest'               | false
      'win#contest'                         | 'contest'               | false
      '#contest#two'                        | 'contest'               | false
      ''                                    | 'contest'               | false
      '#contest'                            | ''                      | false
      '#contest'                            | '#'                     | false
      """)
  void carriesComparesLikeTheNetworks(String text, String tag, boolean expected) {
    assertEquals(expected, Hashtags.carries(text, tag));
    assertEquals(expected, Hashtags.contains(text, tag), "contains is carries");
  }

  @DisplayName("A liaison's contest tag is valid only if X would link exactly it, with or without its sign")
  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', textBlock = """
      '#ToBeAPartner'  | true
      'ToBeAPartner'   | true
      '＃全角'          | true
      'under_score'    | true
      'a·b'            | true
      '1st'            | true
      'two words'      | false
      '2024'           | false
      '#'              | false
      ''               | false
      '#tag#two'       | false
      '##x'            | false
      '#️⃣'            | false
      'tag.'           | false
      '_'              | false
      ' #tag'          | false
      """)
  void validatesContestTags(String tag, boolean expected) {
    assertEquals(expected, Hashtags.isValidTag(tag));
  }

  @Test
  @DisplayName("isValid trims spaces first (for forms), isValidTag does not; null is never valid")
  void isValidTrims() {
    assertEquals(true, Hashtags.isValid("  #ToBeAPartner "));
    assertEquals(false, Hashtags.isValidTag("  #ToBeAPartner "));
    assertEquals(false, Hashtags.isValid(null));
    assertEquals(false, Hashtags.isValidTag(null));
  }

  @DisplayName("A tag is normalised as compared: no spaces or sign, NFC, case-folded")
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      '  #ToBeAPartner '  | 'tobeapartner'
      '＃Straße'          | 'strasse'
      'cafe\u0301'        | 'café'
      'ΣΊΣΥΦΟΣ'           | 'σίσυφος'
      'σίσυφοσ'           | 'σίσυφος'
      """)
  void normalises(String tag, String expected) {
    assertEquals(expected, Hashtags.normalize(tag));
  }

  @Test
  @DisplayName("Spans point at the sign and the tag as written, repeats kept; strip keeps the case")
  void spansAsWritten() {
    assertEquals(List.of(new TextSpan(4, 9, "Riga"), new TextSpan(10, 15, "riga")),
        Hashtags.spans("Hi! #Riga ＃riga https://acme.com/#Riga"));
    assertEquals("ToBeAPartner", Hashtags.strip(" #ToBeAPartner"));
  }
}
