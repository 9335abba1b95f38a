package io.chorus.server.leaderboard;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One company's feed — shares, kudos, badge awards — on this node, in the ledger's sequence, as the
 * follower hands it on. From its {@link #floor} on it is complete: a live stream that has sent
 * everything up to n asks for what came after n ({@link #since}), on this node or, with the same n,
 * on any other. It keeps the last {@link #KEPT} items (older ones are PostgreSQL's to replay) and, per
 * kind, the latest ones for a screen that starts afresh ({@link #recent}), read from PostgreSQL once
 * for what came before it started. Thread-safe: the follower appends under its lock, streams read from
 * their own event loops.
 */
final class CompanyFeed {
  static final int KEPT = 1_000;
  static final int PER_KIND = 8;
  /** Kept per kind beyond what a screen shows, for items a stream's watermark has not reached yet. */
  private static final int LATEST_KEPT = 2 * PER_KIND;

  private final Deque<Followed> items = new ArrayDeque<>();
  private final Deque<Followed> shares = new ArrayDeque<>();
  private final Deque<Followed> kudos = new ArrayDeque<>();
  private final Deque<Followed> badges = new ArrayDeque<>();
  private final Promise<CompanyFeed> ready = Promise.promise();
  private long floor;
  private long last;

  /** A feed complete after {@code start} (the follower's watermark when it was made). */
  CompanyFeed(long start) {
    this.floor = start;
    this.last = start;
  }

  synchronized long floor() {
    return floor;
  }

  Future<CompanyFeed> ready() {
    return ready.future();
  }

  /** What came before the start, newest first per kind (from PostgreSQL); then the feed is ready. */
  void prefilled(AsyncResult<List<Followed>> earlier) {
    if (earlier.failed()) {
      ready.fail(earlier.cause());
      return;
    }
    synchronized (this) {
      for (Followed f : earlier.result()) {
        if (!f.inFeed()) {
          continue;
        }
        Deque<Followed> kind = kind(f);
        if (kind.size() < LATEST_KEPT && (kind.isEmpty() || kind.peekLast().seq() > f.seq())) {
          kind.addLast(f);
        }
      }
    }
    ready.complete(this);
  }

  /** The next item in the sequence's order (one that is not after the last is a late one: dropped). */
  synchronized void append(Followed f) {
    if (f.seq() <= last) {
      return;
    }
    last = f.seq();
    items.addLast(f);
    if (items.size() > KEPT) {
      floor = items.removeFirst().seq();
    }
    Deque<Followed> kind = kind(f);
    kind.addFirst(f);
    if (kind.size() > LATEST_KEPT) {
      kind.removeLast();
    }
  }

  /** Items after {@code after} up to {@code upTo}, oldest first; null when this node no longer has them all. */
  synchronized List<Followed> since(long after, long upTo) {
    if (after < floor) {
      return null;
    }
    List<Followed> out = new ArrayList<>();
    for (Followed f : items) {
      if (f.seq() > after && f.seq() <= upTo) {
        out.add(f);
      }
    }
    return out;
  }

  /** A fresh screen's feed as of {@code upTo}: the latest of each kind, newest first. */
  synchronized Recent recent(long upTo) {
    return new Recent(latest(shares, upTo), latest(kudos, upTo), latest(badges, upTo));
  }

  record Recent(List<Followed> shares, List<Followed> kudos, List<Followed> badges) {}

  private static List<Followed> latest(Deque<Followed> kind, long upTo) {
    List<Followed> out = new ArrayList<>(PER_KIND);
    for (Followed f : kind) {
      if (f.seq() <= upTo && out.size() < PER_KIND) {
        out.add(f);
      }
    }
    return out;
  }

  private Deque<Followed> kind(Followed f) {
    if (f instanceof Followed.Kudos) {
      return kudos;
    }
    return f instanceof Followed.Badge ? badges : shares;
  }
}
