package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A company board follows the liaison's edits: deactivation, reactivation, renames and moves")
class CompanyBoardPeopleTest {
  private static final LoadSnapshot SEES_NOTHING = new LoadSnapshot(0, 0, Set.of());
  private static final long NOW = Instant.parse("2026-03-04T10:00:00Z").toEpochMilli();

  private static List<String> rows(Leaderboard board) {
    return board.rows().stream().map(r -> r.name() + ":" + r.points() + ":" + r.office()).toList();
  }

  private static CompanyBoard board() {
    CompanyBoard b = new CompanyBoard(1, "Co", ZoneId.of("UTC"), SEES_NOTHING, 0, NOW);
    b.apply(new LedgerEvent(1, 100, 1, 7, 30, NOW, "Ada", 3L, "Riga", 9L, "Sales", null, null), NOW);
    b.apply(new LedgerEvent(2, 101, 1, 8, 20, NOW, "Bo", 3L, "Riga", 9L, "Sales", null, null), NOW);
    return b;
  }

  @Test
  @DisplayName("Deactivated: off every board and period; a void of theirs meanwhile is kept; reactivated: back with exactly that total")
  void deactivateAndBack() {
    CompanyBoard b = board();
    b.update(7, new CompanyBoard.Person("Ada", 3L, "Riga", 9L, "Sales"), false);
    assertEquals(List.of("Bo:20:Riga"), rows(b.top(BoardScope.COMPANY, Period.ALL_TIME, 10, NOW)));
    assertEquals(List.of("Bo:20:Riga"), rows(b.top(BoardScope.office(3), Period.WEEK, 10, NOW)));
    assertEquals(List.of("Bo:20:Riga"), rows(b.top(BoardScope.team(9), Period.MONTH, 10, NOW)));
    assertEquals(1, b.standing(8, NOW).allTimeRank(), "ranks close up");
    // A reversal of one of Ada's shares while she is away: nothing shown changes, her total does.
    org.junit.jupiter.api.Assertions.assertFalse(b.apply(new LedgerEvent(3, 102, 1, 7, -10, NOW, "Ada", 3L, "Riga", 9L, "Sales", null, null), NOW));
    b.update(7, new CompanyBoard.Person("Ada", 3L, "Riga", 9L, "Sales"), false);
    b.update(7, new CompanyBoard.Person("Ada", 3L, "Riga", 9L, "Sales"), true);
    assertEquals(List.of("Bo:20:Riga", "Ada:20:Riga"), rows(b.top(BoardScope.COMPANY, Period.ALL_TIME, 10, NOW)),
        "tied at 20: Bo reached it first (seq 2; Ada's total was last changed at seq 3)");
    assertEquals(20, b.standing(7, NOW).allTimePoints());
    assertEquals(20, b.standing(7, NOW).weekPoints());
    assertEquals(2, b.top(BoardScope.office(3), Period.ALL_TIME, 10, NOW).rows().size(), "back on the office board");
  }

  @Test
  @DisplayName("An office renamed: the board's name and every row's office follow, and the next share shows it too")
  void rename() {
    CompanyBoard b = board();
    b.office(3, "Rīga HQ", true);
    Leaderboard riga = b.top(BoardScope.office(3), Period.ALL_TIME, 10, NOW);
    assertEquals("Rīga HQ", riga.scopeName());
    assertEquals(List.of("Ada:30:Rīga HQ", "Bo:20:Rīga HQ"), rows(riga));
    b.apply(new LedgerEvent(3, 102, 1, 8, 1, NOW, "Bo", 3L, "Rīga HQ", 9L, "Sales", null, null), NOW);
    assertEquals(List.of("Ada:30:Rīga HQ", "Bo:21:Rīga HQ"), rows(b.top(BoardScope.COMPANY, Period.ALL_TIME, 10, NOW)));
  }

  @Test
  @DisplayName("A person moved to another office leaves the old office's board and brings their points to the new one")
  void move() {
    CompanyBoard b = board();
    b.office(4, "Milan", true);
    b.update(8, new CompanyBoard.Person("Bo", 4L, "Milan", 9L, "Sales"), true);
    assertEquals(List.of("Ada:30:Riga"), rows(b.top(BoardScope.office(3), Period.ALL_TIME, 10, NOW)));
    assertEquals(List.of("Bo:20:Milan"), rows(b.top(BoardScope.office(4), Period.ALL_TIME, 10, NOW)));
    assertEquals(2, b.top(BoardScope.team(9), Period.ALL_TIME, 10, NOW).rows().size(), "same team");
  }
}
