package io.chorus.server.leaderboard;

import java.util.HashSet;
import java.util.Set;

/**
 * The PostgreSQL snapshot a board was loaded from ({@code pg_current_snapshot()}: xmin:xmax:xip-list),
 * so a ledger event can be judged exactly: if the load already saw its transaction, its points are in
 * the loaded totals; if not (it committed after the load began, even with a lower sequence number),
 * it must still be applied. Sequence numbers alone cannot tell, because transactions commit out of order.
 */
record LoadSnapshot(long xmin, long xmax, Set<Long> inProgress) {

  static LoadSnapshot parse(String text) {
    String[] parts = text.split(":", -1);
    Set<Long> xip = new HashSet<>();
    if (parts.length == 3 && !parts[2].isEmpty()) {
      for (String id : parts[2].split(",")) {
        xip.add(Long.parseLong(id));
      }
    }
    return new LoadSnapshot(Long.parseLong(parts[0]), Long.parseLong(parts[1]), xip);
  }

  /** Whether a transaction's work was visible to the load (PostgreSQL's own visibility rule). */
  boolean sees(long xid) {
    if (xid < xmin) {
      return true;
    }
    if (xid >= xmax) {
      return false;
    }
    return !inProgress.contains(xid);
  }
}
