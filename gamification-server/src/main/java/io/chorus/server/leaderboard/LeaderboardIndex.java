package io.chorus.server.leaderboard;

import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.points.Activity;
import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.ShareEvent;
import io.chorus.shared.wire.Standing;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The node's in-memory leaderboards, one {@link CompanyBoard} per company, loaded from the ledger on
 * first use and then kept current by ledger events: the share path applies its own event right after
 * commit (so "my rank" already counts the share) and every event published on the bus is applied once.
 * Each change is announced locally on {@link #CHANGED}, where the live streams pick it up.
 */
public final class LeaderboardIndex {
  /** Local-only address: {"companyId": n} after a board changed. */
  public static final String CHANGED = "chorus.leaderboard.changed";

  private final Vertx vertx;
  private final LeaderboardStore store;
  private final Clock clock;
  private final Map<Long, Future<CompanyBoard>> boards = new ConcurrentHashMap<>();

  public LeaderboardIndex(Vertx vertx, Pool pool, Clock clock) {
    this.vertx = vertx;
    this.store = new LeaderboardStore(pool, clock);
    this.clock = clock;
  }

  /** Starts applying the ledger events every node publishes. */
  public Future<Void> listen() {
    return vertx.eventBus().<JsonObject>consumer(LedgerEvent.ADDRESS,
        msg -> apply(LedgerEvent.fromJson(msg.body()))).completion();
  }

  /** Local-and-cluster address for badge awards: {"companyId": n, "badge": BadgeEvent}. */
  public static final String BADGE_AWARDED = "chorus.badges.awarded";
  /** Local-and-cluster address for kudos: {"companyId": n, "kudos": KudosEvent}. */
  public static final String KUDOS_GIVEN = "chorus.kudos.given";

  /**
   * After a transaction commits: applies its ledger entries here at once (so the caller's answer already
   * counts them) and publishes everything on the event bus for every other node (ours ignores the copy by seq).
   */
  public Future<Void> committed(Activity activity) {
    if (activity.isEmpty()) {
      return Future.succeededFuture();
    }
    Future<Void> chain = Future.succeededFuture();
    for (LedgerEvent e : activity.entries()) {
      vertx.eventBus().publish(LedgerEvent.ADDRESS, e.toJson());
      chain = chain.compose(v -> apply(e));
    }
    for (BadgeEvent b : activity.badges()) {
      vertx.eventBus().publish(BADGE_AWARDED, new JsonObject().put("companyId", activity.companyId())
          .put("badge", JsonWriter.encode(b::write)));
    }
    for (KudosEvent k : activity.kudos()) {
      vertx.eventBus().publish(KUDOS_GIVEN, new JsonObject().put("companyId", activity.companyId())
          .put("kudos", JsonWriter.encode(k::write)));
    }
    return chain;
  }

  /** Applies a committed ledger event to its company's board (loading the board first if needed). */
  public Future<Void> apply(LedgerEvent event) {
    return board(event.companyId()).map(board -> {
      if (board.apply(event, clock.millis())) {
        vertx.eventBus().publish(CHANGED, new JsonObject().put("companyId", event.companyId()),
            new DeliveryOptions().setLocalOnly(true));
      }
      return null;
    });
  }

  public Future<Leaderboard> top(long companyId, Period period, int limit) {
    return board(companyId).map(b -> b.top(period, limit, clock.millis()));
  }

  public Future<Standing> standing(long companyId, long employeeId) {
    return board(companyId).map(b -> b.standing(employeeId, clock.millis()));
  }

  public Future<List<ShareEvent>> recentShares(long companyId) {
    return board(companyId).map(CompanyBoard::recentShares);
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
    return loading;
  }
}
