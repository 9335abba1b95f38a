package io.chorus.server.contests;

import static io.chorus.server.contests.ContestQueries.*;

import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.points.Activity;
import io.chorus.server.points.Badges;
import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.ContestResults;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contests' clock, run by every node every {@link #TICK_MS}: scheduled contests whose start has come
 * go live, live ones whose end has come end, and ended ones whose grace period is over are made final.
 * Each step is claimed in the database, so it happens once however many nodes run the job: the first
 * two by {@code UPDATE … WHERE status = … RETURNING} (only one UPDATE can move a row), the last by
 * {@code SELECT … FOR UPDATE SKIP LOCKED} inside the finalising transaction, which freezes the entrant
 * list, reveals the seed, draws, records the winners and their badge, and sets the status — all or
 * nothing. Times are the database's, the one clock every node shares.
 */
final class ContestLifecycle {
  static final long TICK_MS = 500;
  private static final Logger log = LoggerFactory.getLogger(ContestLifecycle.class);

  private record Finalized(long companyId, long contestId, Activity activity) {}

  private final Vertx vertx;
  private final Pool pool;
  private final LeaderboardIndex leaderboard;
  private final ContestBoards boards;
  private final String node;
  /** Where the pass state below is touched: one thread, whoever asks for a tick. */
  private final Context context;
  private long timer = -1;
  private boolean running;
  private boolean stopped;
  private Future<Void> current = Future.succeededFuture();
  /** The pass that starts when the running one ends, shared by every tick asked for meanwhile; or null. */
  private Future<Void> next;

  ContestLifecycle(Vertx vertx, Pool pool, LeaderboardIndex leaderboard, ContestBoards boards, String node) {
    this.node = node;
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    this.pool = pool;
    this.leaderboard = leaderboard;
    this.boards = boards;
  }

  void start() {
    timer = vertx.setPeriodic(TICK_MS, t -> tick());
  }

  /** Stops ticking and waits for a pass in progress (its transactions are short). */
  Future<Void> stop() {
    if (Vertx.currentContext() != context) {
      return onContext(this::stop);
    }
    stopped = true;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
    return current.recover(e -> Future.succeededFuture());
  }

  /**
   * A pass that starts now, or, when one is running (slow database), right after it: passes never
   * overlap, and the answer is always a pass that reads the contests as they are at the call or later, so
   * a caller that has just changed a contest sees the change acted on. Ticks asked for while one pass
   * runs share the one after it, so a slow database never piles passes up.
   */
  Future<Void> tick() {
    if (Vertx.currentContext() != context) {
      return onContext(this::tick);
    }
    if (!running) {
      return pass();
    }
    if (next == null) {
      next = current.transform(ended -> {
        next = null;
        return stopped ? Future.succeededFuture() : pass();
      });
    }
    return next;
  }

  private Future<Void> onContext(Supplier<Future<Void>> action) {
    Promise<Void> done = Promise.promise();
    context.runOnContext(v -> action.get().onComplete(done));
    return done.future();
  }

  private Future<Void> pass() {
    running = true;
    current = claim(GO_LIVE).compose(v -> claim(GO_ENDED)).compose(v -> finalizeDue())
        .onFailure(e -> log.warn("Contest lifecycle pass failed (the next pass retries): {}", e.toString()))
        .andThen(done -> running = false); // before anything chained on current (a next pass) runs
    return current;
  }

  private Future<Void> claim(String statement) {
    return pool.preparedQuery(statement).execute(Tuple.of(node)).map(rows -> {
      for (Row r : rows) {
        boards.changed(r.getLong("company_id"), r.getLong("id"));
      }
      return null;
    });
  }

  /** Finalises due contests one transaction each, until none is left. */
  private Future<Void> finalizeDue() {
    return pool.withTransaction(this::finalizeOne).compose(done -> {
      if (done == null) {
        return Future.succeededFuture();
      }
      return leaderboard.committed(done.activity())
          .onComplete(v -> boards.changed(done.companyId(), done.contestId()))
          .compose(v -> finalizeDue());
    });
  }

  private Future<Finalized> finalizeOne(SqlConnection conn) {
    return conn.query(DUE_FINAL).execute().compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(null);
      }
      Row c = rows.iterator().next();
      long id = c.getLong("id");
      long company = c.getLong("company_id");
      String seedHex = HexFormat.of().formatHex(c.getBuffer("seed").getBytes());
      int k = c.getInteger("draw_winners");
      int topN = c.getInteger("prize_top_n");
      return conn.preparedQuery(FREEZE_ENTRANTS).execute(Tuple.of(id, c.getInteger("draw_min_entries")))
          .compose(v -> conn.preparedQuery(ENTRANTS).execute(Tuple.of(id)))
          .compose(entrantRows -> {
            List<ContestDraw.Entrant> entrants = new ArrayList<>();
            entrantRows.forEach(e -> entrants.add(new ContestDraw.Entrant(e.getLong("employee_id"),
                e.getString("display_name"), e.getInteger("entries"))));
            List<ContestDraw.Entrant> drawn = ContestDraw.draw(seedHex, entrants, k);
            boolean drewAll = k > 0 && k >= entrants.size();
            return (topN > 0 ? conn.preparedQuery(BOARD).execute(Tuple.of(id, topN)).map(top -> {
                  List<Long> ids = new ArrayList<>();
                  top.forEach(r -> {
                    if (r.getLong("points") > 0) {
                      ids.add(r.getLong("employee_id"));
                    }
                  });
                  return ids;
                }) : Future.succeededFuture(List.<Long>of()))
                .compose(top -> winners(conn, id, company, top, drawn))
                .compose(activity -> conn.preparedQuery(MAKE_FINAL).execute(Tuple.of(id, entrants.size(), drewAll))
                    .compose(v -> conn.preparedQuery(STEP).execute(Tuple.of(id, "final", node)))
                    .map(v -> new Finalized(company, id, activity)));
          });
    });
  }

  /** Records the winners (top by rank; the draw's with their place in the draw) and gives each the badge once. */
  private static Future<Activity> winners(SqlConnection conn, long contestId, long companyId, List<Long> top,
      List<ContestDraw.Entrant> drawn) {
    Activity activity = Activity.of(companyId);
    Set<Long> people = new LinkedHashSet<>();
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < top.size(); i++) {
      long employee = top.get(i);
      int rank = i + 1;
      people.add(employee);
      chain = chain.compose(v -> conn.preparedQuery(ADD_WINNER)
          .execute(Tuple.of(contestId, employee, ContestResults.Winner.TOP, rank)).mapEmpty());
    }
    for (int i = 0; i < drawn.size(); i++) {
      long employee = drawn.get(i).employeeId();
      int order = i + 1;
      people.add(employee);
      chain = chain.compose(v -> conn.preparedQuery(ADD_WINNER)
          .execute(Tuple.of(contestId, employee, ContestResults.Winner.DRAW, order)).mapEmpty());
    }
    for (long employee : people) {
      chain = chain.compose(v -> Badges.award(conn, companyId, employee, Badge.CONTEST_WINNER, null, null)
          .map(event -> {
            if (event != null) {
              activity.badges().add(event);
            }
            return null;
          }));
    }
    return chain.map(v -> activity);
  }
}
