package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.LeaderboardRow;
import io.chorus.shared.wire.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A company board turns its week and month over at the company's midnight, in every scope")
class CompanyBoardTest {
  private static final LoadSnapshot SEES_NOTHING = new LoadSnapshot(0, 0, Set.of());

  private static List<String> names(Leaderboard board) {
    return board.rows().stream().map(LeaderboardRow::name).toList();
  }

  @Test
  @DisplayName("Riga, summer time: the month ends at 1 April 00:00 (21:00 UTC), the week at Monday 6 April 00:00")
  void monthAndWeekRollInTheCompanysZone() {
    long before = Instant.parse("2026-03-31T20:59:00Z").toEpochMilli();   // Tue 31 Mar 23:59, UTC+3
    long aprilFirst = Instant.parse("2026-03-31T21:00:00Z").toEpochMilli();
    long nextMonday = Instant.parse("2026-04-05T21:00:00Z").toEpochMilli();
    CompanyBoard board = new CompanyBoard(1, "Riga Ltd", ZoneId.of("Europe/Riga"), SEES_NOTHING, 0, before);
    board.apply(new LedgerEvent(1, 100, 1, 7, 10, before, "Ada", 3L, "Riga", null, null, null, null), before);
    BoardScope riga = BoardScope.office(3);

    assertEquals(List.of("Ada"), names(board.top(BoardScope.COMPANY, Period.MONTH, 10, before)));
    assertEquals(List.of("Ada"), names(board.top(riga, Period.MONTH, 10, before)));

    assertEquals(List.of(), names(board.top(BoardScope.COMPANY, Period.MONTH, 10, aprilFirst)));
    assertEquals(List.of(), names(board.top(riga, Period.MONTH, 10, aprilFirst)));
    assertEquals(List.of("Ada"), names(board.top(riga, Period.WEEK, 10, aprilFirst)), "same ISO week");

    board.apply(new LedgerEvent(2, 101, 1, 7, 4, aprilFirst, "Ada", 3L, "Riga", null, null, null, null), aprilFirst);
    assertEquals(4, board.standing(7, aprilFirst).monthPoints());
    assertEquals(14, board.standing(7, aprilFirst).weekPoints());

    assertEquals(List.of(), names(board.top(riga, Period.WEEK, 10, nextMonday)));
    assertEquals(4, board.standing(7, nextMonday).monthPoints());
    assertEquals(14, board.standings(7, nextMonday).office().allTimePoints());
    assertEquals(1, board.standings(7, nextMonday).office().allTimeRank());
  }

  @Test
  @DisplayName("Someone who moves office leaves the old office's board and brings their points to the new one")
  void movingOfficeMovesTheEntry() {
    long now = Instant.parse("2026-03-04T10:00:00Z").toEpochMilli();
    CompanyBoard board = new CompanyBoard(1, "Co", ZoneId.of("UTC"), SEES_NOTHING, 0, now);
    board.apply(new LedgerEvent(1, 100, 1, 7, 10, now, "Ada", 3L, "Riga", null, null, null, null), now);
    board.apply(new LedgerEvent(2, 101, 1, 7, 5, now, "Ada", 4L, "Milan", null, null, null, null), now);

    assertEquals(List.of(), names(board.top(BoardScope.office(3), Period.ALL_TIME, 10, now)));
    assertEquals(15, board.top(BoardScope.office(4), Period.ALL_TIME, 10, now).rows().get(0).points());
    assertEquals("Milan", board.top(BoardScope.office(4), Period.ALL_TIME, 10, now).scopeName());
  }
}
