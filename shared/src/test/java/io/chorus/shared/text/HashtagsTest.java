package io.chorus.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashtagsTest {

  @DisplayName("Hashtags are found the way X finds them, lowercased, without '#'")
  @ParameterizedTest(name = "\"{0}\" → [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      Join us #ToBeAPartner today                | tobeapartner
      #WorkSomewhereYouLove!                     | worksomewhereyoulove
      full-width ＃Chorus tag                    | chorus
      #2024 is all digits but #2024goals is not  | 2024goals
      mail me a#b and &#39; are not tags         | ''
      #café #日本 #под_ключ                       | café,日本,под_ключ
      #one #ONE #One                             | one
      ##double                                   | ''
      """)
  void extractsTags(String text, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
    assertEquals(want, Hashtags.extract(text));
  }

  @Test
  @DisplayName("A contest tag matches in any letter case, given with or without '#'")
  void containsIgnoresCase() {
    assertTrue(Hashtags.contains("So proud #WorkSomewhereYouLove", "#worksomewhereyoulove"));
    assertTrue(Hashtags.contains("So proud #worksomewhereyoulove", "WorkSomewhereYouLove"));
    assertFalse(Hashtags.contains("So proud #worksomewhere", "worksomewhereyoulove"));
  }

  @Test
  @DisplayName("A liaison's campaign tag is valid only if it would be recognised as one tag")
  void validatesCampaignTags() {
    assertTrue(Hashtags.isValid("#ToBeAPartner"));
    assertTrue(Hashtags.isValid("under_score"));
    assertFalse(Hashtags.isValid("two words"));
    assertFalse(Hashtags.isValid("2024"));
    assertFalse(Hashtags.isValid("#"));
  }
}
