package io.chorus.extension.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.wire.ImportReport;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The people page's words: the import's summary, a refused line, a file too large to send")
class PeopleTextTest {
  private static ImportReport report(int added, int unchanged, int... problemLines) {
    List<ImportReport.Problem> problems = new java.util.ArrayList<>();
    for (int line : problemLines) {
      problems.add(new ImportReport.Problem(line, "email", "bad"));
    }
    return new ImportReport(added + unchanged + problemLines.length, added, unchanged, problems, List.of());
  }

  @Test
  @DisplayName("The summary counts people added, already here and refused lines (two problems on one line are one line)")
  void summary() {
    assertEquals("Added 3 people. 4 lines were refused (below).", PeopleText.importSummary(report(3, 0, 4, 5, 6, 7)));
    assertEquals("Added 1 person. 1 person was already here, left as they are.",
        PeopleText.importSummary(report(1, 1)));
    assertEquals("Added 0 people. 5 people were already here, left as they are. 1 line was refused (below).",
        PeopleText.importSummary(report(0, 5, 9, 9)));
  }

  @Test
  @DisplayName("A refused line reads \"Line 4 · email: …\"; a file over 1 MB is refused before sending, saying its size")
  void lines() {
    assertEquals("Line 4 \u00B7 email: bad", PeopleText.problem(new ImportReport.Problem(4, "email", "bad")));
    assertEquals("Line 9: odd", PeopleText.problem(new ImportReport.Problem(9, null, "odd")));
    assertNull(PeopleText.fileProblem("people.csv", 1024 * 1024));
    assertTrue(PeopleText.fileProblem("big.csv", 5 * 1024 * 1024).startsWith("That file is 5 MB; an import takes at most 1 MB"));
    assertEquals("That file is empty.", PeopleText.fileProblem("empty.csv", 0));
  }
}
