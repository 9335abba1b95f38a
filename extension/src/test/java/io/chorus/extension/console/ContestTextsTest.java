package io.chorus.extension.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.wire.ContestDraft;
import io.chorus.shared.wire.ContestResults;
import io.chorus.shared.wire.ContestStatus;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The Contests page's words: states, prizes, entries, winners and the draw's check")
class ContestTextsTest {
  private static ContestDraft draft(int topN, int draw, int min) {
    return new ContestDraft("Winter", "winter", null, null, "2026-12-01T09:00", "2026-12-24T18:00", List.of(),
        List.of(), true, true, 10, 1, 3, topN, draw, min, 24);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"DRAFT, Draft", "SCHEDULED, Scheduled", "LIVE, Live", "ENDED, Ended \u00B7 results provisional",
      "FINAL, Results final"})
  @DisplayName("Each state has its chip")
  void states(ContestStatus status, String words) {
    assertEquals(words, ContestTexts.status(status));
  }

  @Test
  @DisplayName("Prizes: the top N, a draw among everyone or among people with M entries, both, or none")
  void prizes() {
    assertEquals("Top 3", ContestTexts.prizes(draft(3, 0, 1)));
    assertEquals("A draw of 2 among everyone with an entry", ContestTexts.prizes(draft(0, 2, 1)));
    assertEquals("Top 1 \u00B7 a draw of 5 among people with at least 3 entries", ContestTexts.prizes(draft(1, 5, 3)));
    assertEquals("No prizes", ContestTexts.prizes(draft(0, 0, 1)));
  }

  @Test
  @DisplayName("Entries and entrants counted in words, singular and plural")
  void entries() {
    assertEquals("No entries yet", ContestTexts.entries(0, 0));
    assertEquals("1 entry by 1 person", ContestTexts.entries(1, 1));
    assertEquals("12 entries by 5 people", ContestTexts.entries(12, 5));
  }

  @Test
  @DisplayName("A winner by rank says where they finished; a drawn one says drawn; a draw short of people says so")
  void winners() {
    assertEquals("1st on the board", ContestTexts.winnerReason(new ContestResults.Winner(1, "A", "top", 1)));
    assertEquals("2nd on the board", ContestTexts.winnerReason(new ContestResults.Winner(1, "A", "top", 2)));
    assertEquals("3rd on the board", ContestTexts.winnerReason(new ContestResults.Winner(1, "A", "top", 3)));
    assertEquals("11th on the board", ContestTexts.winnerReason(new ContestResults.Winner(1, "A", "top", 11)));
    assertEquals("Drawn", ContestTexts.winnerReason(new ContestResults.Winner(1, "A", "draw", 0)));
    ContestResults few = new ContestResults(1, "final", "c", "s", List.of(), true, 2, 5, "/x");
    assertEquals("The draw asked for 5 winners but only 2 people were in it, so everyone in the draw won.",
        ContestTexts.drewAll(few));
  }

  @Test
  @DisplayName("The way onto an office screen names the contest's id in the screen link's query")
  void screenHint() {
    assertEquals("On an office screen: open its screen link with ?contest=12 after /screen, as in "
        + "/screen?contest=12#t=\u2026 (the screen's own code after #t= stays as it is).", ContestTexts.screenHint(12));
  }

  @Test
  @DisplayName("The check of the draw names the seed, the number of winners and the entrant file")
  void verifyCommand() {
    String seed = "ab".repeat(32);
    String command = ContestTexts.verifyCommand(new ContestResults(1, "final", "c", seed, List.of(), false, 4, 2, "/x"));
    assertTrue(command.startsWith("python3 - entrants.csv " + seed + " 2 <<'EOF'\n"), command);
    assertTrue(command.endsWith("\nEOF"), command);
  }
}
