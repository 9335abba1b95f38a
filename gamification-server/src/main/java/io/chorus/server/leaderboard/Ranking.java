package io.chorus.server.leaderboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Points per employee for one period, kept in rank order: most points first, and on a tie whoever
 * reached the score first (the lower ledger sequence). Not thread-safe: its {@link CompanyBoard} guards it.
 */
final class Ranking {
  record Entry(long employeeId, long points, long reachedSeq) {}

  private static final Comparator<Entry> ORDER = Comparator
      .comparingLong((Entry e) -> -e.points())
      .thenComparingLong(Entry::reachedSeq)
      .thenComparingLong(Entry::employeeId);

  private final Map<Long, Entry> byEmployee = new HashMap<>();
  private final TreeSet<Entry> order = new TreeSet<>(ORDER);

  /** Adds points earned at ledger sequence {@code seq} (negative for a reversal). */
  void add(long employeeId, long points, long seq) {
    Entry old = byEmployee.get(employeeId);
    long total = (old == null ? 0 : old.points()) + points;
    long reached = old == null ? seq : Math.max(old.reachedSeq(), seq);
    set(employeeId, total, reached);
  }

  /** Sets a total outright (when loading from the ledger). */
  void set(long employeeId, long points, long reachedSeq) {
    Entry old = byEmployee.remove(employeeId);
    if (old != null) {
      order.remove(old);
    }
    Entry e = new Entry(employeeId, points, reachedSeq);
    byEmployee.put(employeeId, e);
    order.add(e);
  }

  long pointsOf(long employeeId) {
    Entry e = byEmployee.get(employeeId);
    return e == null ? 0 : e.points();
  }

  /** 1-based rank among those with points, or 0 for someone with none in this period. */
  int rankOf(long employeeId) {
    Entry e = byEmployee.get(employeeId);
    if (e == null || e.points() <= 0) {
      return 0;
    }
    return order.headSet(e).size() + 1;
  }

  /** The first {@code n} entries with points, in rank order. */
  List<Entry> top(int n) {
    List<Entry> out = new ArrayList<>(Math.min(n, order.size()));
    Iterator<Entry> it = order.iterator();
    while (it.hasNext() && out.size() < n) {
      Entry e = it.next();
      if (e.points() <= 0) {
        break;
      }
      out.add(e);
    }
    return out;
  }
}
