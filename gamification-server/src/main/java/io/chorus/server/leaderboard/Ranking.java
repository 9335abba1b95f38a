package io.chorus.server.leaderboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points per employee for one period, kept in rank order: most points first, and on a tie whoever
 * reached the score first (the lower ledger sequence), then the lower employee id.
 *
 * <p>The order is a list of sorted blocks (each at most {@code 2 × blockSize} entries). "My rank" is the
 * sizes of the blocks before mine plus a binary search in mine — O(n / blockSize + log n) — so it stays
 * microseconds for the person at the bottom of 100,000. A change moves one entry within an array of at
 * most a couple of thousand references. Not thread-safe: its {@link CompanyBoard} guards it.
 */
final class Ranking {
  record Entry(long employeeId, long points, long reachedSeq) {}

  static final Comparator<Entry> ORDER = (a, b) -> {
    int byPoints = Long.compare(b.points(), a.points());
    if (byPoints != 0) {
      return byPoints;
    }
    int byReached = Long.compare(a.reachedSeq(), b.reachedSeq());
    return byReached != 0 ? byReached : Long.compare(a.employeeId(), b.employeeId());
  };

  static final int DEFAULT_BLOCK = 512;

  private final int blockSize;
  private final Map<Long, Entry> byEmployee = new HashMap<>();
  private final List<ArrayList<Entry>> blocks = new ArrayList<>();

  Ranking() {
    this(DEFAULT_BLOCK);
  }

  /** A small block size lets the property test split and merge blocks often. */
  Ranking(int blockSize) {
    if (blockSize < 2) {
      throw new IllegalArgumentException("blockSize must be at least 2");
    }
    this.blockSize = blockSize;
  }

  /** Adds points earned at ledger sequence {@code seq} (negative for a reversal). */
  void add(long employeeId, long points, long seq) {
    Entry old = byEmployee.get(employeeId);
    long total = (old == null ? 0 : old.points()) + points;
    long reached = old == null ? seq : Math.max(old.reachedSeq(), seq);
    set(employeeId, total, reached);
  }

  /** Sets a total outright (when loading from the ledger, or mirroring the company's entry in a scope). */
  void set(long employeeId, long points, long reachedSeq) {
    Entry e = new Entry(employeeId, points, reachedSeq);
    Entry old = byEmployee.put(employeeId, e);
    if (old != null) {
      removeFromOrder(old);
    }
    insert(e);
  }

  /** Takes the employee out of this ranking (someone who moved to another office or team). */
  void remove(long employeeId) {
    Entry old = byEmployee.remove(employeeId);
    if (old != null) {
      removeFromOrder(old);
    }
  }

  Entry entry(long employeeId) {
    return byEmployee.get(employeeId);
  }

  long pointsOf(long employeeId) {
    Entry e = byEmployee.get(employeeId);
    return e == null ? 0 : e.points();
  }

  int size() {
    return byEmployee.size();
  }

  /** 1-based rank among those with points, or 0 for someone with none in this period. */
  int rankOf(long employeeId) {
    Entry e = byEmployee.get(employeeId);
    if (e == null || e.points() <= 0) {
      return 0;
    }
    // Everyone ahead has at least as many points, so all of them are ranked too.
    int b = blockOf(e);
    int before = 0;
    for (int i = 0; i < b; i++) {
      before += blocks.get(i).size();
    }
    return before + Collections.binarySearch(blocks.get(b), e, ORDER) + 1;
  }

  /** The first {@code n} entries with points, in rank order. */
  List<Entry> top(int n) {
    List<Entry> out = new ArrayList<>(Math.min(n, byEmployee.size()));
    for (List<Entry> block : blocks) {
      for (Entry e : block) {
        if (out.size() >= n || e.points() <= 0) {
          return out;
        }
        out.add(e);
      }
    }
    return out;
  }

  private void insert(Entry e) {
    if (blocks.isEmpty()) {
      ArrayList<Entry> first = new ArrayList<>(2 * blockSize + 1);
      first.add(e);
      blocks.add(first);
      return;
    }
    int b = Math.min(blockOf(e), blocks.size() - 1);
    ArrayList<Entry> block = blocks.get(b);
    int at = Collections.binarySearch(block, e, ORDER);
    block.add(-at - 1, e);
    splitIfOverfull(b);
  }

  private void removeFromOrder(Entry e) {
    int b = blockOf(e);
    ArrayList<Entry> block = blocks.get(b);
    block.remove(Collections.binarySearch(block, e, ORDER));
    if (block.isEmpty()) {
      blocks.remove(b);
    } else if (block.size() < blockSize / 4 && blocks.size() > 1) {
      // Keep blocks from thinning out under churn, which would make rank lookups walk many blocks.
      int into = b > 0 ? b - 1 : b + 1;
      ArrayList<Entry> neighbour = blocks.get(into);
      if (into < b) {
        neighbour.addAll(block);
      } else {
        neighbour.addAll(0, block);
      }
      blocks.remove(b);
      splitIfOverfull(Math.min(into, b));
    }
  }

  private void splitIfOverfull(int b) {
    ArrayList<Entry> block = blocks.get(b);
    if (block.size() > 2 * blockSize) {
      ArrayList<Entry> upper = new ArrayList<>(2 * blockSize + 1);
      List<Entry> tail = block.subList(block.size() / 2, block.size());
      upper.addAll(tail);
      tail.clear();
      blocks.add(b + 1, upper);
    }
  }

  /** The first block whose last entry is not before {@code e} (blocks.size() when e sorts after all). */
  private int blockOf(Entry e) {
    int lo = 0;
    int hi = blocks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      List<Entry> block = blocks.get(mid);
      if (ORDER.compare(block.get(block.size() - 1), e) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
