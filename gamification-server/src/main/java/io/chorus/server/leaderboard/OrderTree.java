package io.chorus.server.leaderboard;

import io.chorus.server.leaderboard.Ranking.Entry;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Ranking}'s entries in rank order: a B+-tree of small nodes that counts the entries under
 * each child, so a position is found in O(log n) with nothing allocated, and that is never changed once
 * published (copy on write).
 *
 * <p>Why this shape: the writer publishes after every ledger entry, so each change copies whatever it
 * touches that a published order still holds. Here that is one path from the root to a leaf — a few
 * arrays of {@code nodeSize} slots, about 1 KB — where sorted blocks of √n entries under flat arrays of
 * blocks copied the block and both arrays: a ledger entry (nine rankings: three periods for the company,
 * its office and its team) allocated 14 KB at 10,000 people and 84 KB at a million, against 12 KB and
 * 21 KB now. Node sizes from 12 to 48 allocate within 15 % of each other; 32 keeps the tree shallow for
 * reads.
 *
 * <p>Ownership: every node records the draft generation that made it. The writer changes a node in
 * place only while it belongs to the current generation; {@link #freeze} (called when the root is
 * published) starts a new one, so everything reachable from a published root is never written again.
 */
final class OrderTree {
  static final int DEFAULT_NODE = 32;

  /** The root of an order with nobody in it; no draft owns it, so the first insertion copies it. */
  static final Node EMPTY = new Leaf(-1, 1);

  private final int nodeSize;
  /** A node with fewer children or entries than this is merged with, or topped up from, a neighbour. */
  private final int minSize;
  private long generation;
  private Node root = EMPTY;

  OrderTree(int nodeSize) {
    if (nodeSize < 4) {
      throw new IllegalArgumentException("nodeSize must be at least 4");
    }
    this.nodeSize = nodeSize;
    this.minSize = Math.max(1, nodeSize / 3);
  }

  /** The draft's root: publish it, then {@link #freeze}. */
  Node root() {
    return root;
  }

  /** Everything reachable from the root now is published: the next change copies what it touches. */
  void freeze() {
    generation++;
  }

  // ---- the writer ----

  void insert(Entry e) {
    root = own(root);
    Node right = insert(root, e);
    if (right != null) {
      Inner top = new Inner(generation, nodeSize);
      top.append(root);
      top.append(right);
      root = top;
    }
  }

  /** Removes an entry the order holds (the very entry, found by its place in the order). */
  void remove(Entry e) {
    root = own(root);
    remove(root, e);
    while (root instanceof Inner top && top.size <= 1) {
      root = top.size == 0 ? EMPTY : top.kids[0];
    }
  }

  private Node own(Node node) {
    return node.generation == generation ? node : node.copy(generation, nodeSize);
  }

  /** Inserts under {@code node} (owned by the draft); answers the new right half when it had to split. */
  private Node insert(Node node, Entry e) {
    if (node instanceof Leaf leaf) {
      int at = -Arrays.binarySearch(leaf.items, 0, leaf.size, e, Ranking.ORDER) - 1;
      if (leaf.size < nodeSize) {
        leaf.insertAt(at, e);
        return null;
      }
      Leaf right = (Leaf) leaf.splitOff(generation, nodeSize);
      if (at <= leaf.size) {
        leaf.insertAt(at, e);
      } else {
        right.insertAt(at - leaf.size, e);
      }
      return right;
    }
    Inner inner = (Inner) node;
    int i = Math.min(inner.childFor(e), inner.size - 1);
    Node kid = own(inner.kids[i]);
    inner.kids[i] = kid;
    Node split = insert(kid, e);
    inner.counts[i] = kid.count;
    inner.count++;
    if (split != null) {
      if (inner.size < nodeSize) {
        inner.insertAt(i + 1, split);
      } else {
        Inner right = (Inner) inner.splitOff(generation, nodeSize);
        if (i + 1 <= inner.size) {
          inner.insertAt(i + 1, split);
        } else {
          right.insertAt(i + 1 - inner.size, split);
        }
        return right;
      }
    }
    inner.last = inner.kids[inner.size - 1].last;
    return null;
  }

  private void remove(Node node, Entry e) {
    if (node instanceof Leaf leaf) {
      leaf.removeAt(Arrays.binarySearch(leaf.items, 0, leaf.size, e, Ranking.ORDER));
      return;
    }
    Inner inner = (Inner) node;
    int i = inner.childFor(e);
    Node kid = own(inner.kids[i]);
    inner.kids[i] = kid;
    remove(kid, e);
    inner.counts[i] = kid.count;
    inner.count--;
    if (kid.size == 0) {
      inner.removeAt(i);
    } else if (kid.size < minSize && inner.size > 1) {
      rebalance(inner, i);
    }
    inner.last = inner.size == 0 ? null : inner.kids[inner.size - 1].last;
  }

  /** Merges the thin child {@code i} with a neighbour, or evens the two out when they would not fit in one. */
  private void rebalance(Inner inner, int i) {
    int left = i > 0 ? i - 1 : i;
    Node l = own(inner.kids[left]);
    Node r = own(inner.kids[left + 1]);
    inner.kids[left] = l;
    inner.kids[left + 1] = r;
    if (l.size + r.size <= nodeSize) {
      l.takeAll(r);
      inner.counts[left] = l.count;
      inner.removeAt(left + 1);
    } else {
      l.evenOut(r);
      inner.counts[left] = l.count;
      inner.counts[left + 1] = r.count;
    }
  }

  // ---- readers (any published root) ----

  static int size(Node root) {
    return root.count;
  }

  /** The 0-based position of exactly this entry, or -1 when the order does not hold it. */
  static int indexOf(Node root, Entry e) {
    Node node = root;
    int before = 0;
    while (node instanceof Inner inner) {
      int i = inner.childFor(e);
      if (i == inner.size) {
        return -1;
      }
      for (int k = 0; k < i; k++) {
        before += inner.counts[k];
      }
      node = inner.kids[i];
    }
    Leaf leaf = (Leaf) node;
    int at = Arrays.binarySearch(leaf.items, 0, leaf.size, e, Ranking.ORDER);
    return at < 0 ? -1 : before + at;
  }

  /** Adds the first entries with points to {@code out}, until it holds {@code n}; false once it is done. */
  static boolean top(Node node, int n, List<Entry> out) {
    if (node instanceof Leaf leaf) {
      for (int k = 0; k < leaf.size; k++) {
        Entry e = leaf.items[k];
        if (out.size() >= n || e.points() <= 0) {
          return false;
        }
        out.add(e);
      }
      return true;
    }
    Inner inner = (Inner) node;
    for (int k = 0; k < inner.size; k++) {
      if (!top(inner.kids[k], n, out)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compares the first entries with points (at most {@code n}) with {@code entries} by identity, from
   * position {@code seen}: answers how many matched so far, or -1 on a difference, or -2 - matched once the
   * top ended (so the caller can tell "ended after m" from "go on").
   */
  static int topIs(Node node, List<Entry> entries, int n, int seen) {
    if (node instanceof Leaf leaf) {
      for (int k = 0; k < leaf.size; k++) {
        Entry e = leaf.items[k];
        if (seen >= n || e.points() <= 0) {
          return -2 - seen;
        }
        if (seen >= entries.size() || entries.get(seen) != e) {
          return -1;
        }
        seen++;
      }
      return seen;
    }
    Inner inner = (Inner) node;
    for (int k = 0; k < inner.size; k++) {
      seen = topIs(inner.kids[k], entries, n, seen);
      if (seen < 0) {
        return seen;
      }
    }
    return seen;
  }

  // ---- nodes ----

  /**
   * {@code size} slots used; {@code count} entries under it; {@code last} the last of them (what a search
   * compares with). Changed only by the draft that made it ({@code generation}); readers reach nodes
   * through a {@link Ranking}'s volatile order, whose publication makes their contents visible.
   */
  abstract static sealed class Node permits Leaf, Inner {
    final long generation;
    int size;
    int count;
    Entry last;

    Node(long generation) {
      this.generation = generation;
    }

    abstract Node copy(long generation, int nodeSize);

    /** A node of the same kind with no slots used. */
    abstract Node empty(long generation, int nodeSize);

    /**
     * Copies {@code n} slots from {@code from} on into {@code to}'s slots from {@code at} on ({@code to}
     * may be this node).
     */
    abstract void copySlots(int from, Node to, int at, int n);

    /** Empties slots {@code from} (inclusive) to {@code to} (exclusive), so dropped entries can be collected. */
    abstract void clearSlots(int from, int to);

    /** Recomputes {@code count} and {@code last} from the slots. */
    abstract void settle();

    /** Moves the upper half of this (full) node into a new node, its next sibling, and answers that. */
    final Node splitOff(long generation, int nodeSize) {
      Node right = empty(generation, nodeSize);
      int keep = size / 2;
      copySlots(keep, right, 0, size - keep);
      clearSlots(keep, size);
      right.size = size - keep;
      size = keep;
      settle();
      right.settle();
      return right;
    }

    /** Appends all of {@code right} (the next node on the same level) to this one. */
    final void takeAll(Node right) {
      right.copySlots(0, this, size, right.size);
      size += right.size;
      settle();
    }

    /** Moves slots between this node and {@code right} (the next one) until their sizes differ by one at most. */
    final void evenOut(Node right) {
      int half = (size + right.size) / 2;
      if (size < half) {
        int k = half - size;
        right.copySlots(0, this, size, k);
        right.copySlots(k, right, 0, right.size - k);
        right.clearSlots(right.size - k, right.size);
        size += k;
        right.size -= k;
      } else if (size > half) {
        int k = size - half;
        right.copySlots(0, right, k, right.size);
        copySlots(size - k, right, 0, k);
        clearSlots(size - k, size);
        size -= k;
        right.size += k;
      }
      settle();
      right.settle();
    }
  }

  static final class Leaf extends Node {
    final Entry[] items;

    Leaf(long generation, int nodeSize) {
      super(generation);
      items = new Entry[nodeSize];
    }

    @Override
    Leaf copy(long generation, int nodeSize) {
      Leaf c = new Leaf(generation, nodeSize);
      System.arraycopy(items, 0, c.items, 0, size);
      c.size = size;
      c.count = count;
      c.last = last;
      return c;
    }

    void insertAt(int at, Entry e) {
      System.arraycopy(items, at, items, at + 1, size - at);
      items[at] = e;
      size++;
      settle();
    }

    void removeAt(int at) {
      System.arraycopy(items, at + 1, items, at, size - at - 1);
      items[--size] = null;
      settle();
    }

    @Override
    Leaf empty(long generation, int nodeSize) {
      return new Leaf(generation, nodeSize);
    }

    @Override
    void copySlots(int from, Node to, int at, int n) {
      System.arraycopy(items, from, ((Leaf) to).items, at, n);
    }

    @Override
    void clearSlots(int from, int to) {
      Arrays.fill(items, from, to, null);
    }

    @Override
    void settle() {
      count = size;
      last = size == 0 ? null : items[size - 1];
    }
  }

  static final class Inner extends Node {
    final Node[] kids;
    /** Entries under each child, so a position adds up the children before it. */
    final int[] counts;

    Inner(long generation, int nodeSize) {
      super(generation);
      kids = new Node[nodeSize];
      counts = new int[nodeSize];
    }

    @Override
    Inner copy(long generation, int nodeSize) {
      Inner c = new Inner(generation, nodeSize);
      System.arraycopy(kids, 0, c.kids, 0, size);
      System.arraycopy(counts, 0, c.counts, 0, size);
      c.size = size;
      c.count = count;
      c.last = last;
      return c;
    }

    /** The first child whose last entry is not before {@code e} ({@code size} when e sorts after all). */
    int childFor(Entry e) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (Ranking.ORDER.compare(kids[mid].last, e) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    void append(Node kid) {
      insertAt(size, kid);
    }

    void insertAt(int at, Node kid) {
      System.arraycopy(kids, at, kids, at + 1, size - at);
      System.arraycopy(counts, at, counts, at + 1, size - at);
      kids[at] = kid;
      counts[at] = kid.count;
      size++;
      settle();
    }

    void removeAt(int at) {
      System.arraycopy(kids, at + 1, kids, at, size - at - 1);
      System.arraycopy(counts, at + 1, counts, at, size - at - 1);
      kids[--size] = null;
      counts[size] = 0;
      settle();
    }

    @Override
    Inner empty(long generation, int nodeSize) {
      return new Inner(generation, nodeSize);
    }

    @Override
    void copySlots(int from, Node to, int at, int n) {
      Inner into = (Inner) to;
      System.arraycopy(kids, from, into.kids, at, n);
      System.arraycopy(counts, from, into.counts, at, n);
    }

    @Override
    void clearSlots(int from, int to) {
      Arrays.fill(kids, from, to, null);
      Arrays.fill(counts, from, to, 0);
    }

    /** Recounts from the children's counts (at most nodeSize of them) and takes the last child's last entry. */
    @Override
    void settle() {
      int sum = 0;
      for (int k = 0; k < size; k++) {
        sum += counts[k];
      }
      count = sum;
      last = size == 0 ? null : kids[size - 1].last;
    }
  }
}
