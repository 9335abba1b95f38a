package io.chorus.extension.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The popup's line about my part in a live contest")
class ContestPopupTextsTest {
  @ParameterizedTest(name = "{0} entries, rank {1} → {2}")
  @CsvSource({"0, 0, No entries yet", "1, 4, 1 entry \u00B7 #4", "3, 1, 3 entries \u00B7 #1", "2, 0, 2 entries"})
  @DisplayName("Entries and rank, or an invitation to enter")
  void mine(long entries, int rank, String line) {
    assertEquals(line, ContestPopupTexts.mine(entries, rank));
  }
}
