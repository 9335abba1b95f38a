package io.chorus.server.leaderboard;

import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonReader;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.points.Activity;
import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.BadgeAward;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.ShareEvent;
import io.chorus.shared.wire.Standing;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The node's in-memory leaderboards, one {@link CompanyBoard} per company, loaded from the ledger on
 * first use and then kept current by events: the writing path applies its own events right after
 * commit (so "my rank" already counts the share) and every event published on the bus — ledger
 * entries, badge awards, kudos — is applied once (a node hears its own publishes too).
 * Each change is announced locally on {@link #CHANGED}, where the live streams pick it up.
 * {@link #appliedSeq()} is the highest ledger sequence the index has counted: the ledger's head when
 * it started listening (any board it loads later reads the ledger as of then or after), then each
 * event applied and each board loaded. It is a high-water mark, not a promise that nothing below it
 * is missing; the gauge of how far it trails the ledger's head is the node's "index lag".
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
  /**
   * Local-only address: {"companyId": n, "contests": [ids]} after a transaction changed those contests'
   * boards (an entry, a click); the contests feature rebuilds each board and publishes it to every node.
   */
  public static final String CONTESTS_TOUCHED = "chorus.contests.touched";
  /**
   * Local-and-cluster address: {"seq": n}, the highest ledger sequence of a transaction's contest entries.
   * The boards skip those entries, but count them as seen, so the index lag counts only entries a board
   * is really missing.
   */
  public static final String LEDGER_SKIPPED = "chorus.ledger.skipped";

  private final Vertx vertx;
  private final LeaderboardStore store;
  private final Clock clock;
  private final Map<Long, Future<CompanyBoard>> boards = new ConcurrentHashMap<>();
  private final AtomicLong appliedSeq = new AtomicLong();
  private volatile boolean following;

  public LeaderboardIndex(Vertx vertx, Pool pool, Clock clock) {
    this.vertx = vertx;
    this.store = new LeaderboardStore(pool, clock);
    this.clock = clock;
  }

  /** Starts applying the ledger entries, badge awards and kudos every node publishes. */
  public Future<Void> listen() {
    return store.ledgerHead()
        .compose(head -> {
          advance(head);
          return Future.all(
              vertx.eventBus().<JsonObject>consumer(LedgerEvent.ADDRESS,
                  msg -> apply(LedgerEvent.fromJson(msg.body()))).completion(),
              vertx.eventBus().<JsonObject>consumer(BADGE_AWARDED, msg -> applyBadge(msg.body().getLong("companyId"),
                  BadgeEvent.read(new JsonReader(msg.body().getJsonObject("badge"))))).completion(),
              vertx.eventBus().<JsonObject>consumer(KUDOS_GIVEN, msg -> applyKudos(msg.body().getLong("companyId"),
                  KudosEvent.read(new JsonReader(msg.body().getJsonObject("kudos"))))).completion(),
              vertx.eventBus().<JsonObject>consumer(PEOPLE_CHANGED, msg -> applyPeople(msg.body())).completion(),
              vertx.eventBus().<JsonObject>consumer(LEDGER_SKIPPED, msg -> advance(msg.body().getLong("seq", 0L)))
                  .completion());
        })
        .onSuccess(v -> following = true)
        .mapEmpty();
  }

  /** Whether the index follows the ledger's events (it does once {@link #listen} completed). */
  public boolean following() {
    return following;
  }

  /** The highest ledger sequence this node's boards have counted (see the class comment). */
  public long appliedSeq() {
    return appliedSeq.get();
  }

  /** The highest sequence in the ledger now. */
  public Future<Long> ledgerHead() {
    return store.ledgerHead();
  }

  /**
   * After a transaction commits: applies what it changed here at once (so the caller's answer already
   * counts it) and publishes it on the event bus for every other node (ours recognises its own copy).
   */
  public Future<Void> committed(Activity activity) {
    if (activity.isEmpty()) {
      return Future.succeededFuture();
    }
    long companyId = activity.companyId();
    Future<Void> chain = Future.succeededFuture();
    for (LedgerEvent e : activity.entries()) {
      vertx.eventBus().publish(LedgerEvent.ADDRESS, e.toJson());
      chain = chain.compose(v -> apply(e));
    }
    for (BadgeEvent b : activity.badges()) {
      vertx.eventBus().publish(BADGE_AWARDED, new JsonObject().put("companyId", companyId)
          .put("badge", JsonWriter.encode(b::write)));
      chain = chain.compose(v -> applyBadge(companyId, b));
    }
    for (KudosEvent k : activity.kudos()) {
      vertx.eventBus().publish(KUDOS_GIVEN, new JsonObject().put("companyId", companyId)
          .put("kudos", JsonWriter.encode(k::write)));
      chain = chain.compose(v -> applyKudos(companyId, k));
    }
    if (!activity.contestSeqs().isEmpty()) {
      long skipped = activity.contestSeqs().stream().mapToLong(Long::longValue).max().getAsLong();
      advance(skipped);
      vertx.eventBus().publish(LEDGER_SKIPPED, new JsonObject().put("seq", skipped));
    }
    if (!activity.contests().isEmpty()) {
      vertx.eventBus().publish(CONTESTS_TOUCHED, new JsonObject().put("companyId", companyId)
          .put("contests", new JsonArray(List.copyOf(activity.contests()))), new DeliveryOptions().setLocalOnly(true));
    }
    return chain;
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
    return loaded.compose(b -> Future.all(
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
      advance(event.seq());
      return announceIf(event.companyId(), changed);
    });
  }

  /** Applies a committed badge award (again is harmless: a person holds each badge once). */
  public Future<Void> applyBadge(long companyId, BadgeEvent event) {
    return board(companyId).map(b -> announceIf(companyId, b.applyBadge(event)));
  }

  /** Adds a committed kudos to the feed (again is harmless: kudos are known by id). */
  public Future<Void> applyKudos(long companyId, KudosEvent event) {
    return board(companyId).map(b -> announceIf(companyId, b.applyKudos(event)));
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

  public Future<List<ShareEvent>> recentShares(long companyId) {
    return recent(companyId).map(RecentFeed.Snapshot::shares);
  }

  Future<RecentFeed.Snapshot> recent(long companyId) {
    return board(companyId).map(CompanyBoard::recent);
  }

  Future<List<RecentFeed.Stamped>> recentSince(long companyId, long stamp) {
    return board(companyId).map(b -> b.recentSince(stamp));
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
    if (changed) {
      vertx.eventBus().publish(CHANGED, new JsonObject().put("companyId", companyId),
          new DeliveryOptions().setLocalOnly(true));
    }
    return null;
  }

  private void advance(long seq) {
    appliedSeq.accumulateAndGet(seq, Math::max);
  }

  private Future<CompanyBoard> board(long companyId) {
    Future<CompanyBoard> existing = boards.get(companyId);
    if (existing != null) {
      return existing;
    }
    Future<CompanyBoard> loading = boards.computeIfAbsent(companyId, id -> store.load(id)
        .compose(b -> b == null ? Future.failedFuture(new ApiException(ErrorCode.NOT_FOUND, "No such company."))
            : Future.succeededFuture(b)));
    // A failed load (database down, say) must not stick: the next request tries again.
    loading.onFailure(e -> boards.remove(companyId, loading));
    loading.onSuccess(b -> advance(b.lastSeq()));
    return loading;
  }
}
