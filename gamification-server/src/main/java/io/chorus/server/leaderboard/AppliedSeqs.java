package io.chorus.server.leaderboard;

import java.util.Arrays;

/**
 * The last {@code capacity} ledger sequence numbers a board applied, so it applies each once; the oldest
 * is forgotten first. Plain {@code long} arrays made once, because a set of boxed numbers made two objects
 * per ledger entry that lived for minutes (50,000 entries): long enough to be copied from survivor space
 * to survivor space by a dozen young collections before they died, a good part of each pause.
 *
 * <p>Only the board's writer uses it, under the board's lock.
 */
final class AppliedSeqs {
  private static final long FREE = Long.MIN_VALUE;
  private static final long GONE = Long.MIN_VALUE + 1;

  /** In the order they were added, oldest at {@code next} once full. */
  private final long[] ring;
  /** Open addressing, linear probing; at most half full, with tombstones ({@link #GONE}) for the forgotten. */
  private long[] table;
  private int next;
  private int size;
  private int used;

  AppliedSeqs(int capacity) {
    ring = new long[capacity];
    table = new long[Integer.highestOneBit(Math.max(4, capacity) * 4 - 1)];
    Arrays.fill(table, FREE);
  }

  /** Adds the number; false when it is remembered already. */
  boolean add(long seq) {
    if (contains(seq)) {
      return false;
    }
    if (size == ring.length) {
      delete(ring[next]);
      size--;
    }
    ring[next] = seq;
    next = (next + 1) % ring.length;
    size++;
    insert(seq);
    return true;
  }

  boolean contains(long seq) {
    int mask = table.length - 1;
    for (int i = slot(seq, mask); table[i] != FREE; i = (i + 1) & mask) {
      if (table[i] == seq) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return size;
  }

  private void insert(long seq) {
    if (used >= table.length / 2) {
      rebuild();
    }
    int mask = table.length - 1;
    int i = slot(seq, mask);
    while (table[i] != FREE && table[i] != GONE) {
      i = (i + 1) & mask;
    }
    if (table[i] == FREE) {
      used++;
    }
    table[i] = seq;
  }

  private void delete(long seq) {
    int mask = table.length - 1;
    for (int i = slot(seq, mask); table[i] != FREE; i = (i + 1) & mask) {
      if (table[i] == seq) {
        table[i] = GONE;
        return;
      }
    }
  }

  /** Drops the tombstones (same size: the ring bounds what is held, tombstones only pile up). */
  private void rebuild() {
    Arrays.fill(table, FREE);
    used = 0;
    int mask = table.length - 1;
    for (int k = 0; k < size; k++) {
      long seq = ring[Math.floorMod(next - 1 - k, ring.length)];
      int i = slot(seq, mask);
      while (table[i] != FREE) {
        i = (i + 1) & mask;
      }
      table[i] = seq;
      used++;
    }
  }

  private static int slot(long seq, int mask) {
    long h = seq * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }
}
