package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.LeaderboardRow;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.Standing;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading a board never waits for a change being applied, and shows every applied change")
class CompanyBoardReadsTest {
  private static final LoadSnapshot SEES_NOTHING = new LoadSnapshot(0, 0, Set.of());
  private static final long NOW = Instant.parse("2026-03-04T10:00:00Z").toEpochMilli();

  private static LedgerEvent entry(long seq, long employeeId, String name, long points) {
    return entry(seq, employeeId, name, points, "Riga");
  }

  /** The office's name as the writer read it in its transaction (the row shows it). */
  private static LedgerEvent entry(long seq, long employeeId, String name, long points, String office) {
    return new LedgerEvent(seq, 100 + seq, 1, employeeId, points, NOW, name, 3L, office, 9L, "Sales", null, null);
  }

  private static List<String> rows(Leaderboard board) {
    return board.rows().stream().map(r -> r.rank() + ":" + r.name() + ":" + r.points() + ":" + r.office()
        + ":" + r.badges()).toList();
  }

  @Test
  @DisplayName("While a writer holds the board (applying a share, or stalled mid-way), the top, a rank and a standing"
      + " still answer at once with everything applied before")
  void readsDoNotWaitForTheWriter() throws Exception {
    CompanyBoard board = new CompanyBoard(1, "Co", ZoneId.of("UTC"), SEES_NOTHING, 0, NOW);
    board.apply(entry(1, 7, "Ada", 10), NOW);
    board.apply(entry(2, 8, "Bo", 30), NOW);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread writer = new Thread(() -> {
      synchronized (board) {
        held.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    writer.start();
    try {
      assertTrue(held.await(10, TimeUnit.SECONDS), "the writer holds the board");
      Leaderboard top = CompletableFuture.supplyAsync(() -> board.top(BoardScope.office(3), Period.WEEK, 10, NOW))
          .get(10, TimeUnit.SECONDS);
      int rank = CompletableFuture.supplyAsync(() -> board.rank(Period.ALL_TIME, 7, NOW)).get(10, TimeUnit.SECONDS);
      Standing standing = CompletableFuture.supplyAsync(() -> board.standing(7, NOW)).get(10, TimeUnit.SECONDS);

      assertEquals(List.of("1:Bo:30:Riga:[]", "2:Ada:10:Riga:[]"), rows(top));
      assertEquals(2, rank);
      assertEquals(10, standing.monthPoints());
      assertEquals(2, standing.weekRank());
    } finally {
      release.countDown();
      writer.join();
    }
  }

  @Test
  @DisplayName("A badge, a renamed office and a new leader each show on the very next read of the top")
  void theTopShowsEachChangeAtOnce() {
    CompanyBoard board = new CompanyBoard(1, "Co", ZoneId.of("UTC"), SEES_NOTHING, 0, NOW);
    board.office(3, "Riga");
    board.apply(entry(1, 7, "Ada", 10), NOW);
    board.apply(entry(2, 8, "Bo", 30), NOW);
    assertEquals(List.of("1:Bo:30:Riga:[]", "2:Ada:10:Riga:[]"), rows(board.top(BoardScope.COMPANY, Period.ALL_TIME, 10, NOW)));

    board.applyBadge(new BadgeEvent(7, "Ada", "first-share", NOW, 3));
    assertEquals(List.of("1:Bo:30:Riga:[]", "2:Ada:10:Riga:[first-share]"),
        rows(board.top(BoardScope.COMPANY, Period.ALL_TIME, 10, NOW)));

    board.office(3, "Rīga HQ", true);
    assertEquals(List.of("1:Bo:30:Rīga HQ:[]", "2:Ada:10:Rīga HQ:[first-share]"),
        rows(board.top(BoardScope.COMPANY, Period.ALL_TIME, 10, NOW)));

    board.apply(entry(4, 7, "Ada", 25, "Rīga HQ"), NOW);
    assertEquals(List.of("1:Ada:35:Rīga HQ:[first-share]", "2:Bo:30:Rīga HQ:[]"),
        rows(board.top(BoardScope.COMPANY, Period.ALL_TIME, 10, NOW)));
    assertEquals(List.of("1:Ada:35:Rīga HQ:[first-share]"), rows(board.top(BoardScope.COMPANY, Period.ALL_TIME, 1, NOW)));
  }

  @Test
  @DisplayName("Boards read while shares and voids keep arriving are always in rank order, ranks agree with the top,"
      + " and once the writer stops every total is exact")
  void readsDuringWritesAreConsistent() throws Exception {
    CompanyBoard board = new CompanyBoard(1, "Co", ZoneId.of("UTC"), SEES_NOTHING, 0, NOW);
    int people = 300;
    int shares = 5_000;
    long[] expected = new long[people + 1];
    Random random = new Random(11);
    List<LedgerEvent> events = new ArrayList<>();
    for (int seq = 1; seq <= shares; seq++) {
      int who = 1 + random.nextInt(people);
      long points = random.nextInt(10) == 0 ? -random.nextInt(5) : 1 + random.nextInt(15);
      expected[who] += points;
      events.add(entry(seq, who, "P" + who, points));
    }
    Thread writer = new Thread(() -> events.forEach(e -> board.apply(e, NOW)));
    writer.start();
    List<String> problems = new ArrayList<>();
    int reads = 0;
    while ((writer.isAlive() || reads == 0) && problems.isEmpty()) {
      reads++;
      List<LeaderboardRow> top = board.top(BoardScope.office(3), Period.ALL_TIME, 20, NOW).rows();
      for (int i = 0; i < top.size(); i++) {
        if (top.get(i).rank() != i + 1 || i > 0 && top.get(i).points() > top.get(i - 1).points()) {
          problems.add("out of order: " + top);
        }
      }
      // The leader just read is ranked in the next read too (their points stay far above zero).
      if (!top.isEmpty() && board.rank(Period.ALL_TIME, top.get(0).employeeId(), NOW) < 1) {
        problems.add("the leader " + top.get(0).employeeId() + " has no rank");
      }
    }
    writer.join();
    assertEquals(List.of(), problems, "after " + reads + " reads");
    for (int who = 1; who <= people; who++) {
      assertEquals(expected[who], board.standing(who, NOW).allTimePoints(), "points of " + who);
      assertEquals(expected[who], board.standings(who, NOW).team().allTimePoints(), "team points of " + who);
    }
  }
}
