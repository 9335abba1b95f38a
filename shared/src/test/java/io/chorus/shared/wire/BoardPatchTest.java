package io.chorus.shared.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BoardPatchTest {
  private static LeaderboardRow row(int rank, long id, String name, long points, String... badges) {
    return new LeaderboardRow(rank, id, name, "Rīga", null, points, List.of(badges));
  }

  private static Leaderboard board(long seq, LeaderboardRow... rows) {
    return board("Acme", "Rīga office", seq, rows);
  }

  private static Leaderboard board(String company, String scopeName, long seq, LeaderboardRow... rows) {
    return new Leaderboard(company, Period.WEEK, Leaderboard.Scope.OFFICE, scopeName, seq, List.of(rows));
  }

  private static final Leaderboard TOP3 = board(40, row(1, 1, "Jānis Bērziņš", 90, "first-share"),
      row(2, 2, "Sanne de Vries", 60), row(3, 3, "王小明 🎉", 30));

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("only the sequence moved (a share outside the top)", board(41, TOP3.rows().toArray(LeaderboardRow[]::new)), 0),
        Arguments.of("the leader gained points", board(41, row(1, 1, "Jānis Bērziņš", 100, "first-share"),
            row(2, 2, "Sanne de Vries", 60), row(3, 3, "王小明 🎉", 30)), 1),
        Arguments.of("third climbs to first, the others move down", board(42, row(1, 3, "王小明 🎉", 95),
            row(2, 1, "Jānis Bērziņš", 90, "first-share"), row(3, 2, "Sanne de Vries", 60)), 3),
        Arguments.of("a newcomer enters and the last falls off", board(43, row(1, 1, "Jānis Bērziņš", 90, "first-share"),
            row(2, 4, "Arif Rahman", 70), row(3, 2, "Sanne de Vries", 60)), 2),
        Arguments.of("a new badge makes the row whole again", board(44, row(1, 1, "Jānis Bērziņš", 90, "first-share",
            "streak-7"), row(2, 2, "Sanne de Vries", 60), row(3, 3, "王小明 🎉", 30)), 1),
        Arguments.of("a tie: two share a rank", board(45, row(1, 1, "Jānis Bērziņš", 90, "first-share"),
            row(2, 2, "Sanne de Vries", 60), row(2, 3, "王小明 🎉", 60)), 1),
        Arguments.of("the board grows", board(46, row(1, 1, "Jānis Bērziņš", 90, "first-share"),
            row(2, 2, "Sanne de Vries", 60), row(3, 3, "王小明 🎉", 30), row(4, 5, "Marco Bianchi", 5)), 1),
        Arguments.of("the board shrinks (someone left)", board(47, row(1, 1, "Jānis Bērziņš", 90, "first-share"),
            row(2, 3, "王小明 🎉", 30)), 1),
        Arguments.of("the board empties (a new week)", board(48), 0),
        Arguments.of("the office is renamed", board("Acme", "Riga HQ", 41, TOP3.rows().toArray(LeaderboardRow[]::new)), 0),
        Arguments.of("a person is renamed", board(41, row(1, 1, "Jānis B.", 90, "first-share"),
            row(2, 2, "Sanne de Vries", 60), row(3, 3, "王小明 🎉", 30)), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  @DisplayName("A patch, written and read back, turns the old board into exactly the new one, listing only changed rows")
  void rebuildsTheNewBoard(String what, Leaderboard after, int changedRows) {
    BoardPatch patch = BoardPatch.read(new MapReader(MapWriter.write(BoardPatch.between(TOP3, after)::write)));
    assertEquals(after, patch.apply(TOP3));
    assertEquals(changedRows, patch.rows().size(), "rows listed: " + patch.rows());
  }

  @Test
  @DisplayName("A climb is sent as the old row's position with its new rank and points, not the whole row again")
  void aClimbRefersToTheOldRow() {
    Leaderboard after = board(42, row(1, 3, "王小明 🎉", 95), row(2, 1, "Jānis Bērziņš", 90, "first-share"),
        row(3, 2, "Sanne de Vries", 60));
    BoardPatch patch = BoardPatch.between(TOP3, after);
    assertEquals(new BoardPatch.Row(0, null, 2, 1, 95), patch.rows().get(0));
    assertNull(patch.company(), "an unchanged name is not repeated");
    assertNull(patch.scopeName());
  }

  @Test
  @DisplayName("A patch refuses a board that is not its base: the client must not show what it would make")
  void refusesAnotherBase() {
    Leaderboard after = board(41, row(1, 1, "Jānis Bērziņš", 100, "first-share"), row(2, 2, "Sanne de Vries", 60),
        row(3, 3, "王小明 🎉", 30));
    BoardPatch patch = BoardPatch.between(TOP3, after);
    Leaderboard older = board(39, TOP3.rows().toArray(LeaderboardRow[]::new));
    assertNull(patch.apply(older), "same rows, another sequence");
    assertNull(patch.apply(after), "the board it makes is not its base");
    assertNull(patch.apply(null), "no board yet");
  }

  @Test
  @DisplayName("A patch whose rows do not make the board it names is refused rather than shown")
  void refusesAResultThatIsNotTheServersBoard() {
    Leaderboard after = board(41, row(1, 1, "Jānis Bērziņš", 100, "first-share"), row(2, 2, "Sanne de Vries", 60),
        row(3, 3, "王小明 🎉", 30));
    BoardPatch good = BoardPatch.between(TOP3, after);
    BoardPatch wrongPoints = new BoardPatch(good.base(), good.fingerprint(), good.seq(), good.size(), null, null,
        List.of(new BoardPatch.Row(0, null, 0, 1, 101)));
    assertNull(wrongPoints.apply(TOP3));
    BoardPatch missingRow = new BoardPatch(good.base(), good.fingerprint(), good.seq(), 4, null, null, good.rows());
    assertNull(missingRow.apply(TOP3), "a row the base does not have");
  }

  @Test
  @DisplayName("Fingerprints tell apart boards that differ in any one thing a screen shows")
  void fingerprintsDiffer() {
    List<Leaderboard> boards = new ArrayList<>();
    boards.add(TOP3);
    boards.add(board(41, TOP3.rows().toArray(LeaderboardRow[]::new)));
    boards.add(board("Acme", "Riga", 40, TOP3.rows().toArray(LeaderboardRow[]::new)));
    boards.add(board(40, row(1, 1, "Jānis Bērziņš", 90), row(2, 2, "Sanne de Vries", 60), row(3, 3, "王小明 🎉", 30)));
    boards.add(board(40, row(1, 1, "Jānis Bērziņš", 90, "first-share"), row(2, 2, "Sanne de Vries", 61),
        row(3, 3, "王小明 🎉", 30)));
    boards.add(board(40, row(1, 1, "Jānis Bērziņš", 90, "first-share"), row(2, 2, "Sanne de Vries", 60)));
    for (int i = 0; i < boards.size(); i++) {
      for (int j = i + 1; j < boards.size(); j++) {
        assertNotEquals(BoardPatch.fingerprint(boards.get(i)), BoardPatch.fingerprint(boards.get(j)), i + " vs " + j);
      }
    }
    assertEquals(BoardPatch.fingerprint(TOP3), BoardPatch.fingerprint(board(40, TOP3.rows().toArray(LeaderboardRow[]::new))));
    assertTrue(BoardPatch.fingerprint(TOP3) != 0);
  }
}
