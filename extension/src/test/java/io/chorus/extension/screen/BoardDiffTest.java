package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.extension.screen.BoardDiff.Change;
import io.chorus.extension.screen.BoardDiff.Kind;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.Leaderboard.Scope;
import io.chorus.shared.wire.LeaderboardRow;
import io.chorus.shared.wire.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Board diff: which rows a person should see change")
class BoardDiffTest {

  /** "id:points" per row, best first; names are derived from ids. */
  private static Leaderboard board(Period period, String... rows) {
    List<LeaderboardRow> list = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      String[] p = rows[i].split(":");
      long id = Long.parseLong(p[0]);
      list.add(new LeaderboardRow(i + 1, id, "Person " + id, "Riga", "Sales", Long.parseLong(p[1]), List.of()));
    }
    return new Leaderboard("Acme Robotics", period, Scope.COMPANY, "Acme Robotics", 100, list);
  }

  private static List<Kind> kinds(List<Change> changes) {
    return changes.stream().map(Change::kind).toList();
  }

  @Test
  @DisplayName("The first board after opening the page changes nothing: no row lights up")
  void firstBoardIsQuiet() {
    List<Change> changes = BoardDiff.of(null, board(Period.WEEK, "1:40", "2:30"));

    assertEquals(List.of(Kind.SAME, Kind.SAME), kinds(changes));
    assertNull(changes.get(0).was());
    assertEquals(0, changes.get(0).gained());
    assertFalse(changes.get(0).sameExceptRank(), "no previous element to keep");
  }

  @Test
  @DisplayName("A share that lifts someone past two people: they are UP (+10), the two they passed are DOWN, the rest SAME")
  void climbPassesOthers() {
    Leaderboard before = board(Period.WEEK, "1:40", "2:30", "3:30", "4:25", "5:10");
    Leaderboard after = board(Period.WEEK, "1:40", "4:35", "2:30", "3:30", "5:10");

    List<Change> changes = BoardDiff.of(before, after);

    assertEquals(List.of(Kind.SAME, Kind.UP, Kind.DOWN, Kind.DOWN, Kind.SAME), kinds(changes));
    assertEquals(10, changes.get(1).gained());
    assertFalse(changes.get(1).sameExceptRank());
    assertTrue(changes.get(2).sameExceptRank(), "passed, but their own row is unchanged");
    assertTrue(changes.get(4).sameExceptRank());
  }

  @Test
  @DisplayName("Points without a new rank are GAINED; a newcomer is NEW; someone who drops off is simply absent")
  void gainedAndNew() {
    Leaderboard before = board(Period.WEEK, "1:40", "2:30", "3:20");
    Leaderboard after = board(Period.WEEK, "1:50", "2:30", "9:25");

    List<Change> changes = BoardDiff.of(before, after);

    assertEquals(List.of(Kind.GAINED, Kind.SAME, Kind.NEW), kinds(changes));
    assertEquals(10, changes.get(0).gained());
    assertNull(changes.get(2).was());
  }

  @Test
  @DisplayName("A renamed person is redrawn even when their points and rank are unchanged")
  void renameIsRedrawn() {
    Leaderboard before = board(Period.WEEK, "1:40");
    Leaderboard after = new Leaderboard("Acme Robotics", Period.WEEK, Scope.COMPANY, "Acme Robotics", 101,
        List.of(new LeaderboardRow(1, 1, "Renamed", "Riga", "Sales", 40, List.of())));

    Change change = BoardDiff.of(before, after).get(0);

    assertEquals(Kind.SAME, change.kind());
    assertFalse(change.sameExceptRank());
  }

  @Test
  @DisplayName("A board of another period is not compared: nothing lights up")
  void otherPeriodIsNotCompared() {
    List<Change> changes = BoardDiff.of(board(Period.WEEK, "1:10"), board(Period.ALL_TIME, "1:90"));

    assertEquals(List.of(Kind.SAME), kinds(changes));
    assertFalse(changes.get(0).sameExceptRank());
  }

  private static Leaderboard withBadges(Scope scope, String scopeName, long points, String... badges) {
    return new Leaderboard("Acme Robotics", Period.WEEK, scope, scopeName, 100,
        List.of(new LeaderboardRow(1, 1, "Jānis Bērziņš", "Riga", "Engineering", points, List.of(badges))));
  }

  @Test
  @DisplayName("A badge earned without new points redraws the row with the new icon, marked as a new badge")
  void newBadgeIsRedrawn() {
    Change change = BoardDiff.of(withBadges(Scope.COMPANY, "Acme Robotics", 40, "first-share"),
        withBadges(Scope.COMPANY, "Acme Robotics", 40, "first-share", "streak-4")).get(0);

    assertEquals(Kind.SAME, change.kind());
    assertFalse(change.sameExceptRank());
    assertTrue(change.newBadge());
  }

  @Test
  @DisplayName("Unchanged badges keep the row; a newcomer's badges are not \"new\"")
  void unchangedBadges() {
    Leaderboard board = withBadges(Scope.COMPANY, "Acme Robotics", 40, "first-share");

    assertTrue(BoardDiff.of(board, board).get(0).sameExceptRank());
    assertFalse(BoardDiff.of(board, board).get(0).newBadge());
    assertFalse(BoardDiff.of(null, board).get(0).newBadge());
  }

  @Test
  @DisplayName("A board of another scope (the company after Riga) is not compared: nothing lights up")
  void otherScopeIsNotCompared() {
    List<Change> changes = BoardDiff.of(withBadges(Scope.OFFICE, "Riga", 10), withBadges(Scope.COMPANY, "Acme Robotics", 90));

    assertEquals(Kind.SAME, changes.get(0).kind());
    assertFalse(changes.get(0).sameExceptRank());
  }
}
