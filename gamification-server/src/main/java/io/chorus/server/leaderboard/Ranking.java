package io.chorus.server.leaderboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Points per employee for one period, kept in rank order: most points first, and on a tie whoever
 * reached the score first (the lower ledger sequence), then the lower employee id.
 *
 * <p>One writer, any number of readers that never wait for it. The writer (its {@link CompanyBoard}, under
 * the board's lock) changes a draft; {@link #publish} makes the draft the {@link Order} readers see, in one
 * volatile write. A published order is never changed again: the draft copies a block (and the small arrays
 * over the blocks) before its first change after a publish, so a reader holds a consistent ranking for as
 * long as it likes while the writer goes on.
 *
 * <p>The order is a list of sorted blocks (about √n entries each, at most {@code 2 × blockSize}) with, per
 * block, how many entries come before it. "My rank" is a binary search for the block, then one in the
 * block — O(log n), nothing allocated; the top is the first block's head. A change moves one entry within
 * a block, and copies at most two blocks and the two arrays over the blocks (a few thousand slots in all
 * for a million people).
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
  /** Each employee's entry as of the last publish, for readers; see {@link Order#changed} for the gap. */
  private final Map<Long, Entry> published = new ConcurrentHashMap<>();
  /** The writer's changes since the last publish (null: removed). */
  private Map<Long, Entry> pending = new HashMap<>();
  private volatile Order order = Order.EMPTY;

  // The writer's draft: shared with the published order until first changed (copy on write).
  private Block[] blocks = new Block[0];
  private int[] before = {0};
  private boolean arraysShared;
  private final List<Block> fresh = new ArrayList<>();

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

  // ---- the writer (one at a time; readers see nothing of this until publish) ----

  /** Adds points earned at ledger sequence {@code seq} (negative for a reversal). */
  void add(long employeeId, long points, long seq) {
    Entry old = entry(employeeId);
    long total = (old == null ? 0 : old.points()) + points;
    long reached = old == null ? seq : Math.max(old.reachedSeq(), seq);
    set(employeeId, total, reached);
  }

  /** Sets a total outright (when loading from the ledger, or mirroring the company's entry in a scope). */
  void set(long employeeId, long points, long reachedSeq) {
    Entry old = entry(employeeId);
    if (old != null && old.points() == points && old.reachedSeq() == reachedSeq) {
      // Mirroring an entry that did not change (a scope's week when the share was last week): copying
      // blocks for it would only make garbage, and a new object would make the top's rows look changed.
      return;
    }
    Entry e = new Entry(employeeId, points, reachedSeq);
    pending.put(employeeId, e);
    if (old != null) {
      removeFromOrder(old);
    }
    insert(e);
  }

  /** Takes the employee out of this ranking (someone who moved to another office or team). */
  void remove(long employeeId) {
    Entry old = entry(employeeId);
    if (old != null) {
      pending.put(employeeId, null);
      removeFromOrder(old);
    }
  }

  /** The employee's entry as the writer left it (published or not). */
  Entry entry(long employeeId) {
    return pending.containsKey(employeeId) ? pending.get(employeeId) : published.get(employeeId);
  }

  /**
   * Makes the writer's changes since the last publish visible to readers, all at once. The order goes
   * first, carrying the changed entries; then the readers' map catches up, and an order without them
   * replaces it so nothing holds the changes twice.
   */
  void publish() {
    if (pending.isEmpty()) {
      return;
    }
    Map<Long, Entry> changed = pending;
    pending = new HashMap<>();
    for (Block b : fresh) {
      b.shared = true;
    }
    fresh.clear();
    arraysShared = true;
    order = new Order(blocks, before, changed);
    changed.forEach((id, e) -> {
      if (e == null) {
        published.remove(id);
      } else {
        published.put(id, e);
      }
    });
    order = new Order(blocks, before, Map.of());
  }

  // ---- readers (any thread, never waiting for the writer) ----

  long pointsOf(long employeeId) {
    Entry e = order.entryOf(employeeId, published);
    return e == null ? 0 : e.points();
  }

  /** 1-based rank among those with points, or 0 for someone with none in this period. */
  int rankOf(long employeeId) {
    while (true) {
      Order o = order;
      Entry e = o.entryOf(employeeId, published);
      if (e == null || e.points() <= 0) {
        return 0;
      }
      // Everyone ahead has at least as many points, so all of them are ranked too.
      int at = o.indexOf(e);
      if (at >= 0) {
        return at + 1;
      }
      // The readers' map already holds a later publish than the order we read: read both again.
    }
  }

  /** The first {@code n} entries with points, in rank order. */
  List<Entry> top(int n) {
    return order.top(n);
  }

  /** Whether the first {@code n} entries with points are exactly these (the same objects, so nothing changed). */
  boolean topIs(List<Entry> entries, int n) {
    return order.topIs(entries, n);
  }

  // ---- the draft ----

  private void insert(Entry e) {
    if (blocks.length == 0) {
      Block first = freshBlock(1);
      first.items[0] = e;
      first.size = 1;
      blocks = new Block[] {first};
      before = new int[] {0, 1};
      arraysShared = false;
      return;
    }
    int b = Math.min(blockOf(blocks, e), blocks.length - 1);
    Block block = own(b);
    int at = -Arrays.binarySearch(block.items, 0, block.size, e, ORDER) - 1;
    if (block.size == block.items.length) {
      block.items = Arrays.copyOf(block.items, block.size + Math.max(1, block.size / 2));
    }
    System.arraycopy(block.items, at, block.items, at + 1, block.size - at);
    block.items[at] = e;
    block.size++;
    for (int i = b + 1; i < before.length; i++) {
      before[i]++;
    }
    if (block.size > 2 * target()) {
      split(b);
    }
  }

  private void removeFromOrder(Entry e) {
    int b = blockOf(blocks, e);
    Block block = own(b);
    int at = Arrays.binarySearch(block.items, 0, block.size, e, ORDER);
    System.arraycopy(block.items, at + 1, block.items, at, block.size - at - 1);
    block.items[--block.size] = null;
    for (int i = b + 1; i < before.length; i++) {
      before[i]--;
    }
    if (block.size == 0) {
      dropBlock(b);
    } else if (block.size < target() / 4 && blocks.length > 1) {
      // Keep blocks from thinning out under churn, which would make the block arrays long.
      int into = b > 0 ? b - 1 : b + 1;
      Block neighbour = own(into);
      int total = neighbour.size + block.size;
      if (neighbour.items.length < total) {
        neighbour.items = Arrays.copyOf(neighbour.items, total);
      }
      if (into < b) {
        System.arraycopy(block.items, 0, neighbour.items, neighbour.size, block.size);
      } else {
        System.arraycopy(neighbour.items, 0, neighbour.items, block.size, neighbour.size);
        System.arraycopy(block.items, 0, neighbour.items, 0, block.size);
      }
      neighbour.size = total;
      dropBlock(b);
      int merged = Math.min(into, b);
      if (neighbour.size > 2 * target()) {
        split(merged);
      }
    }
  }

  /**
   * The block size to aim for: about √n, which balances what a change copies (a block, and the arrays of
   * n / size slots over blocks), but never above {@code blockSize}, so a rank's search in a block stays short.
   */
  private int target() {
    return Math.max(2, Math.min(blockSize, (int) Math.sqrt(before[before.length - 1])));
  }

  /** The draft's block {@code b}, copied first if a published order holds it (and the arrays over blocks too). */
  private Block own(int b) {
    if (arraysShared) {
      blocks = blocks.clone();
      before = before.clone();
      arraysShared = false;
    }
    Block block = blocks[b];
    if (block.shared) {
      // One slot to spare: a change is a removal and an insertion, often in the same block.
      Block copy = freshBlock(block.size + 1);
      System.arraycopy(block.items, 0, copy.items, 0, block.size);
      copy.size = block.size;
      blocks[b] = copy;
      block = copy;
    }
    return block;
  }

  private Block freshBlock(int capacity) {
    Block b = new Block(new Entry[capacity]);
    fresh.add(b);
    return b;
  }

  private void split(int b) {
    Block block = blocks[b];
    int half = block.size / 2;
    Block upper = freshBlock(block.size - half + 1);
    System.arraycopy(block.items, half, upper.items, 0, block.size - half);
    upper.size = block.size - half;
    Arrays.fill(block.items, half, block.size, null);
    block.size = half;
    Block[] grown = new Block[blocks.length + 1];
    System.arraycopy(blocks, 0, grown, 0, b + 1);
    grown[b + 1] = upper;
    System.arraycopy(blocks, b + 1, grown, b + 2, blocks.length - b - 1);
    setBlocks(grown);
  }

  private void dropBlock(int b) {
    Block[] shrunk = new Block[blocks.length - 1];
    System.arraycopy(blocks, 0, shrunk, 0, b);
    System.arraycopy(blocks, b + 1, shrunk, b, blocks.length - b - 1);
    setBlocks(shrunk);
  }

  private void setBlocks(Block[] now) {
    int[] counts = new int[now.length + 1];
    for (int i = 0; i < now.length; i++) {
      counts[i + 1] = counts[i] + now[i].size;
    }
    blocks = now;
    before = counts;
    arraysShared = false;
  }

  /** The first block whose last entry is not before {@code e} (blocks.length when e sorts after all). */
  private static int blockOf(Block[] blocks, Entry e) {
    int lo = 0;
    int hi = blocks.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      Block block = blocks[mid];
      if (ORDER.compare(block.items[block.size - 1], e) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A sorted run of entries. Changed only while in the draft and not yet published ({@code shared} false);
   * readers reach it through an {@link Order}, whose volatile publication makes its contents visible.
   */
  private static final class Block {
    Entry[] items;
    int size;
    boolean shared;

    Block(Entry[] items) {
      this.items = items;
    }
  }

  /**
   * The ranking as readers see it; never changed once published. {@code changed} holds the entries the
   * publish that made it changed, for the moment until the readers' map has them too (empty after).
   */
  private static final class Order {
    static final Order EMPTY = new Order(new Block[0], new int[] {0}, Map.of());

    private final Block[] blocks;
    private final int[] before;
    private final Map<Long, Entry> changed;

    Order(Block[] blocks, int[] before, Map<Long, Entry> changed) {
      this.blocks = blocks;
      this.before = before;
      this.changed = changed;
    }

    int size() {
      return before[blocks.length];
    }

    Entry entryOf(long employeeId, Map<Long, Entry> published) {
      if (!changed.isEmpty() && changed.containsKey(employeeId)) {
        return changed.get(employeeId);
      }
      return published.get(employeeId);
    }

    /** The 0-based position of exactly this entry, or -1 when this order does not hold it. */
    int indexOf(Entry e) {
      int b = blockOf(blocks, e);
      if (b == blocks.length) {
        return -1;
      }
      Block block = blocks[b];
      int at = Arrays.binarySearch(block.items, 0, block.size, e, ORDER);
      return at < 0 ? -1 : before[b] + at;
    }

    List<Entry> top(int n) {
      List<Entry> out = new ArrayList<>(Math.max(0, Math.min(n, size())));
      for (Block block : blocks) {
        for (int i = 0; i < block.size; i++) {
          Entry e = block.items[i];
          if (out.size() >= n || e.points() <= 0) {
            return out;
          }
          out.add(e);
        }
      }
      return out;
    }

    boolean topIs(List<Entry> entries, int n) {
      int seen = 0;
      for (Block block : blocks) {
        for (int i = 0; i < block.size; i++) {
          Entry e = block.items[i];
          if (seen >= n || e.points() <= 0) {
            return seen == entries.size();
          }
          if (seen >= entries.size() || entries.get(seen) != e) {
            return false;
          }
          seen++;
        }
      }
      return seen == entries.size();
    }
  }
}
