package io.chorus.extension.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a keyset-paged list is: the cursor of every page shown so far (the first page has none), so
 * "Newer" goes back exactly to the page before and "Older" asks with the server's {@code next}.
 * DOM-free, tested on the JVM.
 */
public final class PageCursors {
  private final List<String> cursors = new ArrayList<>();

  public PageCursors() {
    cursors.add(null);
  }

  /** The cursor to ask the current page with (null: the first page). */
  public String current() {
    return cursors.get(cursors.size() - 1);
  }

  /** 1 for the first page. */
  public int pageNumber() {
    return cursors.size();
  }

  public boolean hasPrevious() {
    return cursors.size() > 1;
  }

  /** On to the page the server's {@code next} names. */
  public void forward(String next) {
    if (next == null) {
      throw new IllegalArgumentException("the last page has no next");
    }
    cursors.add(next);
  }

  public void back() {
    if (hasPrevious()) {
      cursors.remove(cursors.size() - 1);
    }
  }

  /** Back to the first page (a new search). */
  public void reset() {
    cursors.clear();
    cursors.add(null);
  }
}
