package io.chorus.extension.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.shared.wire.Standing;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The panel's line once a share is counted")
class ShareMessagesTest {
  private static final Standing THIRD = new Standing(25, 3, 25, 3, 60, 2);

  @Test
  @DisplayName("Points and rank this week")
  void pointsAndRank() {
    assertEquals("Shared! +10 points · #3 this week", ShareMessages.counted(10, List.of(), THIRD));
  }

  @Test
  @DisplayName("A badge the share earned is named after the points (its picture follows the line)")
  void firstShareBadge() {
    assertEquals("Shared! +15 points \u2014 First share! · #3 this week",
        ShareMessages.counted(15, List.of("First share"), THIRD));
  }

  @Test
  @DisplayName("Two badges are both named")
  void severalBadges() {
    assertEquals("Shared! +15 points \u2014 First share! Trailblazer! · #3 this week",
        ShareMessages.counted(15, List.of("First share", "Trailblazer"), THIRD));
  }

  @Test
  @DisplayName("Trimmed by the daily cap to one point, singular; a standing without a rank shows the week's points")
  void singularAndUnranked() {
    assertEquals("Shared! +1 point · 96 points this week",
        ShareMessages.counted(1, List.of(), new Standing(96, 0, 96, 0, 96, 0)));
  }
}
