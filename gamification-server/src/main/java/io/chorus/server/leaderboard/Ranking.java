package io.chorus.server.leaderboard;

import java.util.ArrayList;
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
 * volatile write. A published order is never changed again: the draft copies what it changes of it first
 * (see {@link OrderTree}), so a reader holds a consistent ranking for as long as it likes while the
 * writer goes on.
 *
 * <p>"My rank" is a descent of the order's tree, adding up the counts of the children passed — O(log n),
 * nothing allocated; the top is its first leaves. A change copies one path from the root to a leaf (two
 * when the entry moves to another leaf): a few small arrays.
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

  /** Each employee's entry as of the last publish, for readers; see {@link Order} for the gap. */
  private final Map<Long, Entry> published = new ConcurrentHashMap<>();
  /*
   * The writer's changes since the last publish (an entry of null: removed). Nearly every publish follows
   * one change (a ledger entry changes one person per ranking), so the first is held in fields; a map is
   * made only for a second person before the publish. A map per change was a tenth of the apply.
   */
  private boolean pendingOne;
  private long pendingId;
  private Entry pendingEntry;
  /** Every change since the last publish once there were changes of two people or more, else null. */
  private Map<Long, Entry> pendingMore;
  private volatile Order order = Order.EMPTY;
  /** The writer's draft: shares with the published order whatever it has not changed since. */
  private final OrderTree draft;

  Ranking() {
    this(OrderTree.DEFAULT_NODE);
  }

  /** A small node size lets the property test split, merge and even out nodes often, on several levels. */
  Ranking(int nodeSize) {
    this.draft = new OrderTree(nodeSize);
  }

  // ---- the writer (one at a time; readers see nothing of this until publish) ----

  /** Adds points earned at ledger sequence {@code seq} (negative for a reversal). */
  void add(long employeeId, long points, long seq) {
    Entry old = entry(employeeId);
    long total = (old == null ? 0 : old.points()) + points;
    long reached = old == null ? seq : Math.max(old.reachedSeq(), seq);
    set(old, employeeId, total, reached);
  }

  /** Sets a total outright (when loading from the ledger, or mirroring the company's entry in a scope). */
  void set(long employeeId, long points, long reachedSeq) {
    set(entry(employeeId), employeeId, points, reachedSeq);
  }

  /** {@link #set(long, long, long)} with the employee's entry already looked up ({@code old}, null: none). */
  private void set(Entry old, long employeeId, long points, long reachedSeq) {
    if (old != null && old.points() == points && old.reachedSeq() == reachedSeq) {
      // Mirroring an entry that did not change (a scope's week when the share was last week): copying a
      // path for it would only make garbage, and a new object would make the top's rows look changed.
      return;
    }
    put(old, new Entry(employeeId, points, reachedSeq));
  }

  /**
   * Puts this very entry in place of the employee's (a scope mirroring the company's ranking: sharing the
   * company's entry object costs nothing, where a copy would be one more object per scope and change).
   */
  void set(Entry e) {
    Entry old = entry(e.employeeId());
    if (!e.equals(old)) {
      put(old, e);
    }
  }

  private void put(Entry old, Entry e) {
    changed(e.employeeId(), e);
    if (old != null) {
      draft.remove(old);
    }
    draft.insert(e);
  }

  /** Takes the employee out of this ranking (someone who moved to another office or team). */
  void remove(long employeeId) {
    Entry old = entry(employeeId);
    if (old != null) {
      changed(employeeId, null);
      draft.remove(old);
    }
  }

  /** The employee's entry as the writer left it (published or not). */
  Entry entry(long employeeId) {
    if (pendingMore != null) {
      Long id = employeeId;
      Entry e = pendingMore.get(id);
      return e != null || pendingMore.containsKey(id) ? e : published.get(id);
    }
    if (pendingOne && pendingId == employeeId) {
      return pendingEntry;
    }
    return published.get(employeeId);
  }

  /** Notes the employee's entry as changed ({@code e} null: removed) until the next publish. */
  private void changed(long employeeId, Entry e) {
    if (!pendingOne || pendingMore == null && pendingId == employeeId) {
      pendingOne = true;
      pendingId = employeeId;
      pendingEntry = e;
      return;
    }
    if (pendingMore == null) {
      pendingMore = new HashMap<>(4);
      pendingMore.put(pendingId, pendingEntry);
    }
    pendingMore.put(employeeId, e);
  }

  /**
   * Makes the writer's changes since the last publish visible to readers, all at once. The order goes
   * first, carrying the changed entries; then the readers' map catches up, and an order without them
   * replaces it so nothing holds the changes twice.
   */
  void publish() {
    if (!pendingOne) {
      return;
    }
    OrderTree.Node root = draft.root();
    draft.freeze();
    Map<Long, Entry> changed = pendingMore;
    long id = pendingId;
    Entry e = pendingEntry;
    pendingOne = false;
    pendingEntry = null;
    pendingMore = null;
    if (changed == null) {
      // One change: the order keeps carrying it (one reference, the very entry the map gets), so no
      // second order is needed once the map has it.
      order = new Order(root, true, id, e, Map.of());
      keep(id, e);
      return;
    }
    order = new Order(root, false, 0, null, changed);
    changed.forEach(this::keep);
    order = new Order(root, false, 0, null, Map.of());
  }

  private void keep(long employeeId, Entry e) {
    if (e == null) {
      published.remove(employeeId);
    } else {
      published.put(employeeId, e);
    }
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

  /**
   * The ranking as readers see it; never changed once published. It carries the entries the publish that
   * made it changed, for the moment until the readers' map has them too: one change in {@code one} (kept,
   * as it is the map's from then on), several in {@code changed} (emptied by a next order once the map has
   * them).
   */
  private record Order(OrderTree.Node root, boolean hasOne, long oneId, Entry one, Map<Long, Entry> changed) {
    static final Order EMPTY = new Order(OrderTree.EMPTY, false, 0, null, Map.of());

    Entry entryOf(long employeeId, Map<Long, Entry> published) {
      if (hasOne && oneId == employeeId) {
        return one;
      }
      if (!changed.isEmpty() && changed.containsKey(employeeId)) {
        return changed.get(employeeId);
      }
      return published.get(employeeId);
    }

    int indexOf(Entry e) {
      return OrderTree.indexOf(root, e);
    }

    List<Entry> top(int n) {
      List<Entry> out = new ArrayList<>(Math.max(0, Math.min(n, OrderTree.size(root))));
      OrderTree.top(root, n, out);
      return out;
    }

    boolean topIs(List<Entry> entries, int n) {
      int seen = OrderTree.topIs(root, entries, n, 0);
      if (seen == -1) {
        return false;
      }
      return (seen < -1 ? -2 - seen : seen) == entries.size();
    }
  }
}
