package io.chorus.extension.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Where the panel goes while a composer is open, on a 1280 × 900 window. */
@DisplayName("The panel's place next to an open composer")
class PlacementTest {
  private static final double[] OPEN = {320, 560};
  private static final double[] FOLDED = {230, 80};
  private static final double[] NOTHING = {};
  /** LinkedIn's composer: 792 px wide, centred, from 48 px down to 620 px. */
  private static final double[] LINKEDIN_DIALOG = {244, 48, 792, 572};

  @Test
  @DisplayName("With nothing open the panel stays unfolded bottom-right")
  void nothingOpen() {
    assertEquals(Placement.BOTTOM_RIGHT * 2, Placement.choose(1280, 900, OPEN, FOLDED, NOTHING, true, Placement.BOTTOM_RIGHT));
  }

  @Test
  @DisplayName("Unfolded over LinkedIn's composer in no corner: it folds to its bar, bottom-right, clear of the dialog")
  void foldsBesideLinkedInsComposer() {
    int choice = Placement.choose(1280, 900, OPEN, FOLDED, LINKEDIN_DIALOG, true, Placement.BOTTOM_RIGHT);
    assertEquals(Placement.BOTTOM_RIGHT * 2 + 1, choice);
  }

  @Test
  @DisplayName("On a wide window it moves unfolded to a free corner instead")
  void movesWhenThereIsRoom() {
    double[] narrowDialog = {700, 48, 600, 800};
    assertEquals(Placement.BOTTOM_LEFT * 2, Placement.choose(1600, 900, OPEN, FOLDED, narrowDialog, true, Placement.BOTTOM_RIGHT));
  }

  @Test
  @DisplayName("A dialog filling the window leaves no corner: the panel hides")
  void hidesWhenNothingIsFree() {
    double[] fullScreen = {0, 0, 1280, 900};
    assertEquals(Placement.HIDDEN, Placement.choose(1280, 900, OPEN, FOLDED, fullScreen, true, Placement.BOTTOM_RIGHT));
  }

  @Test
  @DisplayName("A folded panel that covers a dialog's bottom-right corner moves to the next free corner")
  void foldedMoves() {
    double[] bottomRight = {900, 700, 380, 200};
    assertEquals(Placement.BOTTOM_LEFT * 2 + 1, Placement.choose(1280, 900, OPEN, FOLDED, bottomRight, false, Placement.BOTTOM_RIGHT));
  }

  @Test
  @DisplayName("Touching edges do not count as covering")
  void edgesTouch() {
    double[] leftOfPanel = {0, 0, 1280 - 16 - 320, 900};
    assertEquals(Placement.BOTTOM_RIGHT * 2, Placement.choose(1280, 900, OPEN, FOLDED, leftOfPanel, true, Placement.BOTTOM_RIGHT));
  }
}
