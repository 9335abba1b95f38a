package io.chorus.server.leaderboard;

import io.chorus.server.http.ApiException;
import io.chorus.server.points.LedgerEvent;
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
