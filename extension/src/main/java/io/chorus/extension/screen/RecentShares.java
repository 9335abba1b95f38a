package io.chorus.extension.screen;

import io.chorus.shared.wire.ShareEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest shares, newest first, never more than {@link #capacity}: a TV runs for weeks, so the list
 * must not grow. A share is known by its ledger sequence; one seen twice (the snapshot after a
 * reconnect repeats what the screen already shows) is kept once. DOM-free.
 */
public final class RecentShares {
  private final int capacity;
  private final List<ShareEvent> items = new ArrayList<>();

  public RecentShares(int capacity) {
    this.capacity = capacity;
  }

  /** The server's snapshot (newest first) replaces what the screen had. */
  public void replaceAll(List<ShareEvent> newestFirst) {
    items.clear();
    for (ShareEvent s : newestFirst) {
      add(s);
    }
  }

  /** Adds a live share in its place by sequence; false when it was already there or is too old to show. */
  public boolean add(ShareEvent share) {
    int at = 0;
    while (at < items.size() && items.get(at).seq() > share.seq()) {
      at++;
    }
    if (at < items.size() && items.get(at).seq() == share.seq()) {
      return false;
    }
    if (at >= capacity) {
      return false;
    }
    items.add(at, share);
    while (items.size() > capacity) {
      items.remove(items.size() - 1);
    }
    return true;
  }

  /** Newest first; a copy. */
  public List<ShareEvent> items() {
    return new ArrayList<>(items);
  }

  public int capacity() {
    return capacity;
  }
}
