package io.chorus.server.leaderboard;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the ledger's sequence on one node. {@link #applied()} is a watermark: every number up to it
 * has been applied here, or is known never to commit (its transaction rolled back). What arrives on the
 * event bus is applied at once; a number already applied is a duplicate and ignored. A gap — a lost or
 * late message, a node cut off from the bus — is found by comparing with PostgreSQL every
 * {@link #CHECK_MS} (and soon after a number arrives out of order), and filled by reading the rows after
 * the watermark, a page at a time.
 *
 * <p>Numbers are taken when a transaction inserts and seen when it commits, so a missing number may be a
 * transaction still running. It is declared absent only once every transaction of this database that
 * was running when it was seen missing has ended (and {@link #SETTLE_MS} has passed), and then read once
 * more. Should it commit even so, it is applied when it comes: absent numbers are remembered, never
 * skipped.
 *
 * <p>Feed items (shares, kudos, badges) are handed on in the sequence's order, each once the watermark
 * has passed it, so a live stream can number its events and resume after any of them.
 */
final class LedgerFollower {
  private static final Logger log = LoggerFactory.getLogger(LedgerFollower.class);
  static final long CHECK_MS = 1_000;
  /** How soon after a number arrives out of order the hole below it is looked for in PostgreSQL. */
  static final long HOLE_CHECK_MS = 50;
  /**
   * How long a number must have been seen missing before it may be given up: far longer than the
   * microseconds between a writer taking a number and holding a transaction id. Numbers burnt by a
   * writer's committed transaction (an insert that met a conflict takes one too) hold the feed back
   * about this long.
   */
  static final long SETTLE_MS = 100;
  /** How long {@link #upToDate} waits at most for the watermark to reach the head. */
  static final long UP_TO_DATE_WITHIN_MS = 2_000;
  static final int PAGE = 500;
  private static final int REMEMBERED_ABSENT = 10_000;

  /** Numbers seen missing at one moment, and the transactions that were running then. */
  private record Settling(long upTo, Set<Long> runningThen, long seenAt) {}

  private final Vertx vertx;
  private final FollowStore store;
  private final Function<Followed, Future<Void>> apply;
  private final Consumer<List<Followed>> release;
  private long applied;
  private final TreeSet<Long> ahead = new TreeSet<>();
  private final TreeMap<Long, Followed> unreleased = new TreeMap<>();
  private final LinkedHashSet<Long> absent = new LinkedHashSet<>();
  private Settling settling;
  /** Callers of {@link #upToDate}: the number each waits for, completed as the watermark passes it. */
  private final TreeMap<Long, List<io.vertx.core.Promise<Void>>> waiting = new TreeMap<>();
  private volatile long head;
  private volatile boolean catchingUp;
  private boolean checking;
  private volatile long checksDone;
  private boolean holeCheckScheduled;
  private long timer = -1;

  /**
   * @param apply applies an item to the boards (called once per number, from any thread)
   * @param release receives feed items in the sequence's order, under this follower's lock
   */
  LedgerFollower(Vertx vertx, FollowStore store, Function<Followed, Future<Void>> apply,
      Consumer<List<Followed>> release) {
    this.vertx = vertx;
    this.store = store;
    this.apply = apply;
    this.release = release;
  }

  /** Starts at {@code from} (everything up to it is in what the boards load) and checks periodically. */
  synchronized void start(long from) {
    applied = from;
    head = from;
    timer = vertx.setPeriodic(CHECK_MS, t -> check());
  }

  synchronized void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }

  /** The watermark: every number up to it is applied here or will never commit. */
  synchronized long applied() {
    return applied;
  }

  /** The highest number committed in PostgreSQL at the last check. */
  long head() {
    return head;
  }

  /** Runs {@code f} with the watermark, under the follower's lock: nothing is handed on meanwhile. */
  synchronized <T> T atWatermark(java.util.function.LongFunction<T> f) {
    return f.apply(applied);
  }

  /**
   * Completes once the watermark has reached the ledger's head as it is now (read first), or after
   * {@link #UP_TO_DATE_WITHIN_MS} whatever it reached: for a feed that starts from the ledger as it stands.
   */
  Future<Void> upToDate() {
    return store.head().compose(h -> {
      io.vertx.core.Promise<Void> reached = io.vertx.core.Promise.promise();
      synchronized (this) {
        if (h <= applied) {
          return Future.succeededFuture();
        }
        waiting.computeIfAbsent(h, k -> new ArrayList<>()).add(reached);
      }
      long timeout = vertx.setTimer(UP_TO_DATE_WITHIN_MS, t -> reached.tryComplete());
      check();
      return reached.future().onComplete(done -> vertx.cancelTimer(timeout));
    });
  }

  /** Committed numbers this node has not applied, as of the last check of the head. */
  synchronized long lag() {
    long h = head;
    if (h <= applied) {
      return 0;
    }
    return Math.max(0, h - applied - ahead.headSet(h, true).size());
  }

  /** True while the last check found committed rows the bus had not brought, until one finds none. */
  boolean catchingUp() {
    return catchingUp;
  }

  /** How many checks against PostgreSQL have completed (for operators' logs and tests: nothing decides on it). */
  long checksDone() {
    return checksDone;
  }

  /** Applies an item unless its number was applied already; completes when the boards have it. */
  Future<Void> accept(Followed item) {
    if (!record(item)) {
      return Future.succeededFuture();
    }
    return apply.apply(item);
  }

  private synchronized boolean record(Followed item) {
    long seq = item.seq();
    if (seq <= applied) {
      if (!absent.remove(seq)) {
        return false;
      }
      // Declared absent, yet committed after all: applied late rather than lost.
      log.warn("Ledger number {} committed after it was given up for rolled back; applied now", seq);
      if (item.inFeed()) {
        release.accept(List.of(item));
      }
      return true;
    }
    if (!ahead.add(seq)) {
      return false;
    }
    if (item.inFeed()) {
      unreleased.put(seq, item);
    }
    advance();
    if (!ahead.isEmpty() && !holeCheckScheduled) {
      holeCheckScheduled = true;
      lookForHole(applied + 1);
    }
    return true;
  }

  /**
   * Checks PostgreSQL for the number {@code hole} in {@link #HOLE_CHECK_MS} if it is still missing then.
   * Under steady writing some number is nearly always out of order for a moment (transactions commit in
   * another order than they took their numbers), and its writer or the bus brings it milliseconds later: reading
   * PostgreSQL for every such moment cost a check (five queries, one of them pg_stat_activity) every
   * 50 ms, and applied from its rows what the writers were about to apply anyway. So a hole the bus has
   * filled by then is not looked for; the one missing now is watched instead (a hole is looked for at most
   * twice the delay after it opened).
   */
  private void lookForHole(long hole) {
    vertx.setTimer(HOLE_CHECK_MS, t -> {
      boolean stillMissing;
      synchronized (this) {
        stillMissing = applied < hole;
        if (!stillMissing && !ahead.isEmpty()) {
          lookForHole(applied + 1);
          return;
        }
        holeCheckScheduled = false;
      }
      if (stillMissing) {
        check();
      }
    });
  }

  /** Moves the watermark over every number applied right after it, and hands on the feed items passed. */
  private void advance() {
    while (!ahead.isEmpty() && ahead.first() == applied + 1) {
      applied = ahead.pollFirst();
    }
    while (!waiting.isEmpty() && waiting.firstKey() <= applied) {
      waiting.pollFirstEntry().getValue().forEach(io.vertx.core.Promise::tryComplete);
    }
    if (!unreleased.isEmpty() && unreleased.firstKey() <= applied) {
      List<Followed> passed = new ArrayList<>();
      Iterator<Followed> it = unreleased.headMap(applied, true).values().iterator();
      while (it.hasNext()) {
        passed.add(it.next());
        it.remove();
      }
      release.accept(passed);
    }
  }

  /** One check against PostgreSQL (one at a time): read what the bus did not bring, settle old holes. */
  void check() {
    synchronized (this) {
      if (checking || timer < 0) {
        return;
      }
      checking = true;
    }
    store.inFlight()
        .compose(runningBefore -> catchUp(applied()).map(v -> runningBefore))
        .compose(runningBefore -> store.head().compose(h -> {
          head = h;
          return settle(runningBefore);
        }))
        .onComplete(done -> {
          synchronized (this) {
            checking = false;
          }
          checksDone++;
          if (done.failed()) {
            // The database is away: readiness says so; the next check tries again.
            log.debug("Ledger check failed: {}", done.cause().toString());
          }
        });
  }

  /**
   * Reads and applies pages from {@code from} until one comes back short. The next page starts after the
   * last row read, not at the watermark: a hole below rows the bus brought must not make it read them again.
   */
  private Future<Void> catchUp(long from) {
    return store.after(from, PAGE, 0).compose(page -> {
      List<Followed> fresh = new ArrayList<>();
      for (Followed item : page.items()) {
        if (record(item)) {
          fresh.add(item);
        }
      }
      Future<Void> applying = Future.succeededFuture();
      for (Followed item : fresh) {
        applying = applying.compose(v -> apply.apply(item));
      }
      if (!fresh.isEmpty()) {
        log.info("Read {} ledger rows the event bus had not brought; applied up to {}", fresh.size(), applied());
      }
      if (page.full()) {
        catchingUp = true;
        long next = page.items().get(page.items().size() - 1).seq();
        return applying.compose(v -> catchUp(next));
      }
      catchingUp = false;
      return applying;
    });
  }

  /**
   * Numbers still missing below the highest known are absent for good once every transaction that was
   * running when they were first seen missing has ended, and they are still not there.
   */
  private Future<Void> settle(Set<Long> runningNow) {
    Settling s;
    synchronized (this) {
      s = settling;
      long known = Math.max(head, ahead.isEmpty() ? applied : ahead.last());
      if (known <= applied) {
        settling = null;
        return Future.succeededFuture();
      }
      if (s == null) {
        // First seen missing now: note what runs at this moment (read after the rows were), decide later.
        return store.inFlight().map(running -> {
          synchronized (this) {
            settling = new Settling(known, running, System.currentTimeMillis());
          }
          // Decide soon: a number burnt by a transaction that has already ended holds the feed back meanwhile.
          vertx.setTimer(SETTLE_MS, t -> check());
          return null;
        });
      }
      if (System.currentTimeMillis() - s.seenAt() < SETTLE_MS || s.runningThen().stream().anyMatch(runningNow::contains)) {
        return Future.succeededFuture();
      }
      // Every transaction that could hold one of those numbers had ended before this check read the rows.
      while (applied < s.upTo()) {
        applied++;
        absent.add(applied);
        if (absent.size() > REMEMBERED_ABSENT) {
          absent.remove(absent.iterator().next());
        }
        advance();
      }
      settling = null;
    }
    return Future.succeededFuture();
  }
}
