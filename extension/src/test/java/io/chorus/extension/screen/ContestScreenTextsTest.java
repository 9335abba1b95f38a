package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.chorus.shared.Network;
import io.chorus.shared.wire.ContestBoard;
import io.chorus.shared.wire.ContestResults;
import io.chorus.shared.wire.ContestStatus;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The contest view's words on the office screen")
class ContestScreenTextsTest {
  @Test
  @DisplayName("The countdown says what it counts to")
  void countdownLabel() {
    assertEquals("Starts in", ContestScreenTexts.countdownLabel(ContestStatus.SCHEDULED));
    assertEquals("Ends in", ContestScreenTexts.countdownLabel(ContestStatus.LIVE));
    assertEquals("Ended", ContestScreenTexts.countdownLabel(ContestStatus.ENDED));
    assertEquals("Ended", ContestScreenTexts.countdownLabel(ContestStatus.FINAL));
  }

  @Test
  @DisplayName("An entry says whether it was a share or the person's own post, and where")
  void entries() {
    assertEquals("posted on X", ContestScreenTexts.entryKind(new ContestBoard.Entry(1, "A", Network.X, 0, true)));
    assertEquals("shared on LinkedIn",
        ContestScreenTexts.entryKind(new ContestBoard.Entry(1, "A", Network.LINKEDIN, 0, false)));
    assertEquals("1 entry", ContestScreenTexts.entries(1));
    assertEquals("2 entries", ContestScreenTexts.entries(2));
  }

  @Test
  @DisplayName("Winners are provisional until the grace period ends; the draw waits for it and says so")
  void winners() {
    ContestResults provisional = new ContestResults(1, "provisional", "c", null, List.of(), false, 3, 2, null);
    ContestResults done = new ContestResults(1, "final", "c", "s", List.of(), false, 3, 2, "/x");
    assertEquals("Winners so far (provisional)", ContestScreenTexts.winnersTitle(provisional));
    assertEquals("Winners", ContestScreenTexts.winnersTitle(done));
    assertEquals("The draw of 2 happens when late posts can no longer arrive.",
        ContestScreenTexts.drawPending(provisional));
    assertNull(ContestScreenTexts.drawPending(done));
    assertEquals("Top 2", ContestScreenTexts.winnerReason(new ContestResults.Winner(1, "A", "top", 2)));
    assertEquals("Drawn", ContestScreenTexts.winnerReason(new ContestResults.Winner(1, "A", "draw", 0)));
  }
}
