package io.chorus.extension.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * The screen's latest activity — shares, kudos and badge awards mixed — newest first, never more than
 * {@link #capacity}: a TV runs for weeks, so the list must not grow. An item seen twice (the snapshot
 * after a reconnect repeats what the screen already shows) is kept once. DOM-free.
 */
public final class Feed {
  private final int capacity;
  private final List<FeedItem> items = new ArrayList<>();

  public Feed(int capacity) {
    this.capacity = capacity;
  }

  /** The server's snapshot (in any order) replaces what the screen had. */
  public void replaceAll(List<FeedItem> snapshot) {
    items.clear();
    for (FeedItem item : snapshot) {
      add(item);
    }
  }

  /** Adds a live item in its place; false when it was already there or is too old to show. */
  public boolean add(FeedItem item) {
    for (FeedItem shown : items) {
      if (shown.key().equals(item.key())) {
        return false;
      }
    }
    int at = 0;
    while (at < items.size() && items.get(at).newerThan(item)) {
      at++;
    }
    if (at >= capacity) {
      return false;
    }
    items.add(at, item);
    while (items.size() > capacity) {
      items.remove(items.size() - 1);
    }
    return true;
  }

  /** Newest first; a copy. */
  public List<FeedItem> items() {
    return new ArrayList<>(items);
  }

  public int capacity() {
    return capacity;
  }
}
