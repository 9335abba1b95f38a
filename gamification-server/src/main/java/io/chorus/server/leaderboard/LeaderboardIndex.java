package io.chorus.server.leaderboard;

import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonReader;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.loops.CallersLoop;
import io.chorus.server.points.Activity;
import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.BadgeAward;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.Standing;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The node's in-memory leaderboards, one {@link CompanyBoard} per company, loaded from the ledger on
 * first use and then kept current by what is numbered in the ledger's sequence — ledger entries, badge
 * awards, kudos — each applied once, by its number ({@link LedgerFollower}): the writing path applies
 * its own at once after commit (so "my rank" already counts the share) and publishes them (ledger
 * entries only when clustered: a node alone has nobody to tell); every node applies what it hears on
 * the bus (its own copy is a duplicate), and reads from PostgreSQL what the bus did not bring. Each
 * change is announced locally on {@link #CHANGED}, where the live streams pick it up, once per commit.
 * {@link #appliedSeq()} is the follower's watermark: everything up to it is counted.
 */
public final class LeaderboardIndex {
  /** Local-only address: {"companyId": n} after a board changed. */
  public static final String CHANGED = "chorus.leaderboard.changed";
  /** Local-and-cluster address for badge awards: {"companyId": n, "badge": BadgeEvent}. */
  public static final String BADGE_AWARDED = "chorus.badges.awarded";
  /** Local-and-cluster address for kudos: {"companyId": n, "kudos": KudosEvent}. */
  public static final String KUDOS_GIVEN = "chorus.kudos.given";
  /**
   * Local-and-cluster address for the liaison's edits of people, offices and teams:
   * {"companyId": n, "people": [ids], "offices": [ids], "teams": [ids]}. Each node reads those rows as
   * they are now and brings its board in line (a message heard twice changes nothing more).
   */
  public static final String PEOPLE_CHANGED = "chorus.people.changed";
  /** Rows a stream that resumes may read from PostgreSQL; further back, it starts afresh. */
  static final int REPLAY_ROWS = 500;
  /**
   * Local-only address: {"companyId": n, "contests": [ids]} after a transaction changed those contests'
   * boards (an entry, a click); the contests feature rebuilds each board and publishes it to every node.
   */
  public static final String CONTESTS_TOUCHED = "chorus.contests.touched";
  /**
   * Local-and-cluster address: {"companyId": n, "seqs": [..]}, the ledger numbers of a transaction's contest
   * entries. The boards skip those entries but the follower counts their numbers as seen, so they are
   * neither a gap to read from PostgreSQL nor a lag.
   */
  public static final String LEDGER_SKIPPED = "chorus.ledger.skipped";

  private final Vertx vertx;
  private final LeaderboardStore store;
  private final Clock clock;
  private final Map<Long, Future<CompanyBoard>> boards = new ConcurrentHashMap<>();
  private final Map<Long, CompanyFeed> feeds = new ConcurrentHashMap<>();
  private final Map<Long, Future<CompanyFeed>> starts = new ConcurrentHashMap<>();
  private final FollowStore follow;
  private final LedgerFollower follower;
  private volatile boolean following;
  /**
   * Companies whose change this thread is holding back while it applies one commit's activity (null
   * when none is): the streams hear of the commit once, when all of it is in.
   */
  private final ThreadLocal<Set<Long>> heldBack = new ThreadLocal<>();

  public LeaderboardIndex(Vertx vertx, Pool pool, Clock clock) {
    this.vertx = vertx;
    this.store = new LeaderboardStore(pool, clock);
    this.clock = clock;
    this.follow = new FollowStore(pool);
    this.follower = new LedgerFollower(vertx, follow, this::applyFollowed, this::released);
  }

  /** Starts applying the ledger entries, badge awards and kudos every node publishes. */
  public Future<Void> listen() {
    return follow.head()
        .compose(head -> {
          // Every board loaded from now on reads the ledger as of this head or later.
          follower.start(head);
          return Future.all(
              vertx.eventBus().<JsonObject>consumer(LedgerEvent.ADDRESS,
                  msg -> follower.accept(new Followed.Entry(LedgerEvent.fromJson(msg.body())))).completion(),
              // A message without a company is none of ours (a probe on the address): skipped, not thrown.
              vertx.eventBus().<JsonObject>consumer(BADGE_AWARDED, msg -> {
                if (msg.body().containsKey("companyId")) {
                  follow(new Followed.Badge(msg.body().getLong("companyId"),
                      BadgeEvent.read(new JsonReader(msg.body().getJsonObject("badge")))));
                }
              }).completion(),
              vertx.eventBus().<JsonObject>consumer(KUDOS_GIVEN, msg -> {
                if (msg.body().containsKey("companyId")) {
                  follow(new Followed.Kudos(msg.body().getLong("companyId"),
                      KudosEvent.read(new JsonReader(msg.body().getJsonObject("kudos")))));
                }
              }).completion(),
              vertx.eventBus().<JsonObject>consumer(PEOPLE_CHANGED, msg -> applyPeople(msg.body())).completion(),
              vertx.eventBus().<JsonObject>consumer(LEDGER_SKIPPED, msg -> skipped(msg.body())).completion());
        })
        .onSuccess(v -> following = true)
        .mapEmpty();
  }

  /** Stops checking the ledger (the node is stopping). */
  public void stopFollowing() {
    follower.stop();
  }

  /** Through the follower when numbered; a writer that gave no number is applied as it comes (once by nature). */
  private Future<Void> follow(Followed item) {
    return item.seq() > 0 ? follower.accept(item) : applyFollowed(item);
  }

  /**
   * Applies to the company's board only where this node has one (loaded or loading): a board loaded later
   * reads the ledger as it then is, which holds the item already.
   */
  private Future<Void> applyFollowed(Followed item) {
    if (!boards.containsKey(item.companyId())) {
      return Future.succeededFuture();
    }
    if (item instanceof Followed.Entry e) {
      return apply(e.event());
    }
    if (item instanceof Followed.Badge b) {
      return applyBadge(b.companyId(), b.event());
    }
    if (item instanceof Followed.Kudos k) {
      return applyKudos(k.companyId(), k.event());
    }
    return Future.succeededFuture(); // a contest entry: on the contest's own board, never the company's
  }

  /** Contest entries' numbers: seen (no gap, no lag), applied to no company board. */
  private void skipped(JsonObject message) {
    long companyId = message.getLong("companyId");
    for (Object seq : message.getJsonArray("seqs")) {
      follow(new Followed.Skip(((Number) seq).longValue(), companyId));
    }
  }

  /** Whether the index follows the ledger's events (it does once {@link #listen} completed). */
  public boolean following() {
    return following;
  }

  /** The ledger sequence up to which this node's boards have counted everything (see the class comment). */
  public long appliedSeq() {
    return follower.applied();
  }

  /** The highest sequence committed now (ledger entries, badge awards, kudos). */
  public Future<Long> ledgerHead() {
    return follow.head();
  }

  /** The highest sequence committed at the follower's last check (every second). */
  public long lastKnownHead() {
    return follower.head();
  }

  /** Committed numbers this node has not counted yet, as of the follower's last check. */
  public long lag() {
    return follower.lag();
  }

  /** Whether the node is reading from PostgreSQL what the event bus did not bring (pages of it). */
  public boolean catchingUp() {
    return follower.catchingUp();
  }

  /**
   * After a transaction commits: applies what it changed here at once (so the caller's answer already
   * counts it) and publishes it on the event bus for every other node (ours recognises its own copy).
   */
  public Future<Void> committed(Activity activity) {
    if (activity.isEmpty()) {
      return Future.succeededFuture();
    }
    // Announced once, at the end: each item announced on its own would let another loop flush the share
    // alone, while this thread is still applying its badge and board, and send those 100 ms later (the
    // coalescing) in a second write to each of its streams.
    Set<Long> outer = heldBack.get();
    Set<Long> held = new HashSet<>();
    heldBack.set(held);
    try {
      return applyCommitted(activity);
    } finally {
      heldBack.set(outer);
      held.forEach(id -> announceIf(id, true));
    }
  }

  private Future<Void> applyCommitted(Activity activity) {
    long companyId = activity.companyId();
    Future<Void> chain = Future.succeededFuture();
    // The writer's own board gets each item straight away, even when the follower has just read it from
    // PostgreSQL and not applied it yet: the answer must count it. (Boards apply each number once.)
    for (LedgerEvent e : activity.entries()) {
      follow(new Followed.Entry(e));
      chain = chain.compose(v -> apply(e));
    }
    for (BadgeEvent b : activity.badges()) {
      follow(new Followed.Badge(companyId, b));
      chain = chain.compose(v -> applyBadge(companyId, b));
    }
    for (KudosEvent k : activity.kudos()) {
      follow(new Followed.Kudos(companyId, k));
    }
    JsonObject skipped = activity.contestSeqs().isEmpty() ? null : new JsonObject().put("companyId", companyId)
        .put("seqs", new JsonArray(List.copyOf(activity.contestSeqs())));
    if (skipped != null) {
      skipped(skipped);
    }
    publish(activity, skipped);
    return chain;
  }

  /**
   * Tells the other nodes, once this node has counted every number of the commit: this node's own consumers
   * hear each copy too, on another event loop and at any moment, and a copy heard before the writer had
   * followed its number was applied there and announced at once, outside the writer's held-back set — a
   * stream then got the board as of a number inside the commit, and nothing as of its last one (the board
   * was the same). Counted first, each copy is a duplicate here and announces nothing.
   */
  private void publish(Activity activity, JsonObject skipped) {
    long companyId = activity.companyId();
    // A node alone publishes no ledger entry: its own consumer is the only one, and it would only find
    // the number applied already, after an encoded copy of the entry and a wake-up of the loop the
    // consumer runs on, for every share (a tenth of the node's CPU per report). Badges, kudos and contest
    // numbers still go out: they are rare next to entries.
    if (vertx.isClustered()) {
      for (LedgerEvent e : activity.entries()) {
        vertx.eventBus().publish(LedgerEvent.ADDRESS, e.toJson());
      }
    }
    for (BadgeEvent b : activity.badges()) {
      vertx.eventBus().publish(BADGE_AWARDED, new JsonObject().put("companyId", companyId)
          .put("badge", JsonWriter.encode(b::write)));
    }
    for (KudosEvent k : activity.kudos()) {
      vertx.eventBus().publish(KUDOS_GIVEN, new JsonObject().put("companyId", companyId)
          .put("kudos", JsonWriter.encode(k::write)));
    }
    if (skipped != null) {
      vertx.eventBus().publish(LEDGER_SKIPPED, skipped);
    }
    if (!activity.contests().isEmpty()) {
      vertx.eventBus().publish(CONTESTS_TOUCHED, new JsonObject().put("companyId", companyId)
          .put("contests", new JsonArray(List.copyOf(activity.contests()))), new DeliveryOptions().setLocalOnly(true));
    }
  }

  /**
   * After a liaison's change to people, offices or teams committed: brings this node's board in line at
   * once (so the answer's next board already shows it) and tells every other node to do the same.
   */
  public Future<Void> peopleChanged(long companyId, List<Long> people, List<Long> offices, List<Long> teams) {
    JsonObject change = new JsonObject().put("companyId", companyId).put("people", new JsonArray(List.copyOf(people)))
        .put("offices", new JsonArray(List.copyOf(offices))).put("teams", new JsonArray(List.copyOf(teams)));
    return applyPeople(change).onComplete(done -> vertx.eventBus().publish(PEOPLE_CHANGED, change));
  }

  private Future<Void> applyPeople(JsonObject change) {
    long companyId = change.getLong("companyId");
    Future<CompanyBoard> loaded = boards.get(companyId);
    if (loaded == null) {
      // Not loaded here: a load reads everything as it is now.
      return Future.succeededFuture();
    }
    Long[] people = ids(change.getJsonArray("people"));
    Long[] offices = ids(change.getJsonArray("offices"));
    Long[] teams = ids(change.getJsonArray("teams"));
    return CallersLoop.of(loaded).compose(b -> Future.all(
            people.length == 0 ? Future.succeededFuture(List.<LeaderboardStore.PersonNow>of())
                : store.peopleNow(companyId, people),
            offices.length == 0 ? Future.succeededFuture(Map.<Long, String>of())
                : store.placesNow(companyId, Leaderboard.Scope.OFFICE, offices),
            teams.length == 0 ? Future.succeededFuture(Map.<Long, String>of())
                : store.placesNow(companyId, Leaderboard.Scope.TEAM, teams))
        .map(all -> {
          Map<Long, String> officeNames = all.resultAt(1);
          Map<Long, String> teamNames = all.resultAt(2);
          for (Long id : offices) {
            b.office(id, officeNames.get(id), officeNames.containsKey(id));
          }
          for (Long id : teams) {
            b.team(id, teamNames.get(id), teamNames.containsKey(id));
          }
          List<LeaderboardStore.PersonNow> now = all.resultAt(0);
          for (LeaderboardStore.PersonNow p : now) {
            b.update(p.employeeId(), p.person(), p.active());
          }
          return announceIf(companyId, true);
        }))
        .recover(e -> {
          // A failed read leaves the board as it was; the next change or load brings it in line.
          return Future.succeededFuture();
        });
  }

  private static Long[] ids(JsonArray array) {
    if (array == null) {
      return new Long[0];
    }
    Long[] out = new Long[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.getLong(i);
    }
    return out;
  }

  /** Applies a committed ledger event to its company's board (loading the board first if needed). */
  public Future<Void> apply(LedgerEvent event) {
    return board(event.companyId()).map(b -> {
      boolean changed = b.apply(event, clock.millis());
      return announceIf(event.companyId(), changed);
    });
  }

  /** Applies a committed badge award (again is harmless: a person holds each badge once). */
  public Future<Void> applyBadge(long companyId, BadgeEvent event) {
    return board(companyId).map(b -> announceIf(companyId, b.applyBadge(event)));
  }

  /** A kudos changes no board (its points come as a ledger entry of their own); the feed shows it. */
  public Future<Void> applyKudos(long companyId, KudosEvent event) {
    return Future.succeededFuture();
  }

  /** Feed items the follower hands on, in the sequence's order (under its lock): into each company's feed. */
  private void released(List<Followed> items) {
    Set<Long> changed = new HashSet<>();
    for (Followed f : items) {
      CompanyFeed feed = feeds.get(f.companyId());
      if (feed != null) {
        feed.append(f);
        changed.add(f.companyId());
      }
    }
    changed.forEach(companyId -> announceIf(companyId, true));
  }

  /**
   * The company's feed on this node: kept from the watermark at its first use on (complete from then),
   * with the latest items before that read from PostgreSQL once.
   */
  Future<CompanyFeed> feed(long companyId) {
    CompanyFeed existing = feeds.get(companyId);
    if (existing != null) {
      return existing.ready();
    }
    // One start per company however many streams open at once (500 screens after a restart).
    Future<CompanyFeed> starting = starts.computeIfAbsent(companyId, this::startFeed);
    starting.onComplete(done -> starts.remove(companyId, starting));
    return starting;
  }

  private Future<CompanyFeed> startFeed(long companyId) {
    // Started from the ledger as it stands (not from a watermark a moment behind), so a fresh screen's
    // `recent` holds what was committed before it asked.
    return follower.upToDate().compose(v -> {
      CompanyFeed[] made = new CompanyFeed[1];
      CompanyFeed feed = follower.atWatermark(w -> feeds.computeIfAbsent(companyId, id -> made[0] = new CompanyFeed(w)));
      if (feed == made[0]) {
        follow.latest(companyId, feed.floor(), CompanyFeed.PER_KIND).onComplete(feed::prefilled);
        // A failed read (database down) must not stick: the next stream tries again.
        feed.ready().onFailure(e -> feeds.remove(companyId, feed));
      }
      return feed.ready();
    });
  }

  /** The company's feed if this node keeps one (a stream of the company asked for it), else null. */
  CompanyFeed feedIfKept(long companyId) {
    return feeds.get(companyId);
  }

  /**
   * A company's feed items after {@code after} up to {@code upTo}, oldest first, from PostgreSQL (for a
   * stream that resumes from further back than this node keeps); null when there are more than a replay
   * should send (the stream starts afresh instead).
   */
  Future<List<Followed>> replay(long companyId, long after, long upTo) {
    return follow.after(after, REPLAY_ROWS, companyId).map(page -> {
      List<Followed> items = page.items();
      if (page.full() && (items.isEmpty() || items.get(items.size() - 1).seq() < upTo)) {
        return null;
      }
      return items.stream().filter(f -> f.inFeed() && f.seq() <= upTo).toList();
    });
  }

  /** The company-wide board. */
  public Future<Leaderboard> top(long companyId, Period period, int limit) {
    return top(companyId, BoardScope.COMPANY, period, limit);
  }

  /** A scope's board; an office or team the company does not have is a 404 (whoever's it may be). */
  public Future<Leaderboard> top(long companyId, BoardScope scope, Period period, int limit) {
    return known(companyId, scope).map(b -> b.top(scope, period, limit, clock.millis()));
  }

  /** The employee's standing in the whole company. */
  public Future<Standing> standing(long companyId, long employeeId) {
    return board(companyId).map(b -> b.standing(employeeId, clock.millis()));
  }

  /** The employee's standings in the company, their office and their team (NONE where they have none). */
  Future<CompanyBoard.Standings> standings(long companyId, long employeeId) {
    return board(companyId).map(b -> b.standings(employeeId, clock.millis()));
  }

  /** The badges the employee holds, oldest first, as the database has them. */
  public Future<List<BadgeAward>> heldBadges(long employeeId) {
    return store.heldBadges(employeeId);
  }

  /** Throws a 404 for an office or team not in this company; learns one created since the board loaded. */
  Future<CompanyBoard> known(long companyId, BoardScope scope) {
    return board(companyId).compose(b -> b.knows(scope) ? Future.succeededFuture(b)
        : store.scopeName(companyId, scope).map(name -> {
          if (name == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "Your company has no such " + scope.scope().wireName() + ".");
          }
          b.learn(scope, name);
          return b;
        }));
  }

  private Void announceIf(long companyId, boolean changed) {
    Set<Long> held = heldBack.get();
    if (changed && held != null) {
      held.add(companyId);
    } else if (changed) {
      vertx.eventBus().publish(CHANGED, new JsonObject().put("companyId", companyId),
          new DeliveryOptions().setLocalOnly(true));
    }
    return null;
  }

  /**
   * The company's board, on the caller's event loop: the cached load is shared by every HTTP loop, and
   * its own callbacks would run on the loop that happened to load it first ({@link CallersLoop}).
   */
  private Future<CompanyBoard> board(long companyId) {
    Future<CompanyBoard> existing = boards.get(companyId);
    if (existing != null) {
      return CallersLoop.of(existing);
    }
    Future<CompanyBoard> loading = boards.computeIfAbsent(companyId, id -> store.load(id)
        .compose(b -> b == null ? Future.failedFuture(new ApiException(ErrorCode.NOT_FOUND, "No such company."))
            : Future.succeededFuture(b)));
    // A failed load (database down, say) must not stick: the next request tries again.
    loading.onFailure(e -> boards.remove(companyId, loading));
    return CallersLoop.of(loading);
  }
}
