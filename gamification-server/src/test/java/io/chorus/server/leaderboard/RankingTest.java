package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Ranking: the copy-on-write counted tree ranks exactly as a plain sorted list does")
class RankingTest {

  /** The obvious implementation: everyone's entry, sorted from scratch whenever asked. */
  private static final class NaiveRanking {
    final Map<Long, Ranking.Entry> byEmployee = new HashMap<>();

    NaiveRanking copy() {
      NaiveRanking c = new NaiveRanking();
      c.byEmployee.putAll(byEmployee);
      return c;
    }

    void add(long employeeId, long points, long seq) {
      Ranking.Entry old = byEmployee.get(employeeId);
      byEmployee.put(employeeId, new Ranking.Entry(employeeId, (old == null ? 0 : old.points()) + points,
          old == null ? seq : Math.max(old.reachedSeq(), seq)));
    }

    /** 1 + how many ranked entries sort before this one; 0 when unranked. */
    int rankOf(long employeeId) {
      Ranking.Entry e = byEmployee.get(employeeId);
      if (e == null || e.points() <= 0) {
        return 0;
      }
      return 1 + (int) byEmployee.values().stream().filter(o -> Ranking.ORDER.compare(o, e) < 0).count();
    }

    List<Ranking.Entry> ranked() {
      List<Ranking.Entry> all = new ArrayList<>(byEmployee.values());
      all.sort(Ranking.ORDER);
      all.removeIf(e -> e.points() <= 0);
      return all;
    }
  }

  @ParameterizedTest(name = "seed {0}, nodes of {1}, {2} employees, {3} changes")
  @CsvSource({
      "1, 4, 40, 4000",
      "2, 4, 300, 6000",
      "3, 16, 1000, 8000",
      "4, 32, 3000, 8000",
      "5, 8, 50, 5000",
      // Nodes of 4 and 5 over thousands of people: trees six to eight levels deep, splitting, merging and
      // evening out on every level; one person only, down to nobody and back.
      "6, 4, 3000, 20000",
      "7, 5, 2000, 12000",
      "8, 4, 1, 300"})
  @DisplayName("top(n) and every rankOf match the naive ranking as of the last publish, through random adds, sets,"
      + " shared entries, reversals and removals published one by one or several at once, and a reader's top"
      + " stays as published while the writer changes its draft")
  void matchesNaiveRanking(long seed, int nodeSize, int employees, int changes) {
    Random random = new Random(seed);
    Ranking ranking = new Ranking(nodeSize);
    NaiveRanking naive = new NaiveRanking();
    NaiveRanking published = naive.copy();
    long seq = 0;
    for (int i = 1; i <= changes; i++) {
      long employee = 1 + random.nextInt(employees);
      int op = random.nextInt(100);
      if (op < 65) {
        // Mostly small gains, sometimes a reversal; few distinct totals, so ties are common.
        long points = random.nextInt(10) < 8 ? random.nextInt(6) : -random.nextInt(12);
        seq++;
        ranking.add(employee, points, seq);
        naive.add(employee, points, seq);
      } else if (op < 80) {
        long points = random.nextInt(40) - 5;
        long reached = 1 + random.nextInt(1000);
        ranking.set(employee, points, reached);
        naive.byEmployee.put(employee, new Ranking.Entry(employee, points, reached));
      } else if (op < 90) {
        // As a scope mirrors the company: this very entry object, which may equal the one held.
        Ranking.Entry e = random.nextBoolean() && naive.byEmployee.containsKey(employee)
            ? new Ranking.Entry(employee, naive.byEmployee.get(employee).points(), naive.byEmployee.get(employee).reachedSeq())
            : new Ranking.Entry(employee, random.nextInt(40) - 5, 1 + random.nextInt(1000));
        ranking.set(e);
        naive.byEmployee.put(employee, e);
      } else {
        ranking.remove(employee);
        naive.byEmployee.remove(employee);
      }
      // Readers see nothing of a change until it is published, then all of it.
      if (i % 89 == 0) {
        assertEquals(published.ranked(), ranking.top(Integer.MAX_VALUE), "the whole ranking before publishing");
      }
      if (random.nextInt(4) != 0 || i == changes) {
        ranking.publish();
        published = naive.copy();
      }
      if (i % 97 == 0 || i == changes) {
        assertSame(ranking, published, employees, random);
      } else {
        assertEquals(published.rankOf(employee), ranking.rankOf(employee),
            "rank of the employee just changed, after change " + i);
      }
    }
  }

  private static void assertSame(Ranking ranking, NaiveRanking naive, int employees, Random random) {
    List<Ranking.Entry> expected = naive.ranked();
    int n = random.nextInt(expected.size() + 5);
    assertEquals(expected.subList(0, Math.min(n, expected.size())), ranking.top(n), "top(" + n + ")");
    assertEquals(expected, ranking.top(Integer.MAX_VALUE), "the whole ranking");
    Map<Long, Integer> ranks = new HashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      ranks.put(expected.get(i).employeeId(), i + 1);
    }
    for (long e = 1; e <= employees; e++) {
      Ranking.Entry entry = naive.byEmployee.get(e);
      assertEquals(ranks.getOrDefault(e, 0), ranking.rankOf(e), "rank of employee " + e);
      assertEquals(entry == null ? 0 : entry.points(), ranking.pointsOf(e));
    }
  }
}
