package io.chorus.server.recognition;

import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.points.Activity;
import io.chorus.shared.wire.BadgeEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the weeks: on every node, at start and then hourly, each company's top 3 of its last completed
 * ISO week get the weekly top 3 badge. Every node may run it at the same moment: the badge's key
 * (employee, badge) lets one award through, and only its winner publishes. Hourly, so a company's week
 * closes within an hour of Monday 00:00 in its own zone, whatever the zone.
 */
public final class WeeklyTop3 {
  private static final Logger log = LoggerFactory.getLogger(WeeklyTop3.class);
  static final Duration EVERY = Duration.ofHours(1);

  private final Vertx vertx;
  private final WeeklyTop3Store store;
  private final LeaderboardIndex leaderboard;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();
  private long timer = -1;
  private volatile Future<?> current;

  public WeeklyTop3(Vertx vertx, Pool pool, LeaderboardIndex leaderboard, Clock clock) {
    this.vertx = vertx;
    this.store = new WeeklyTop3Store(pool);
    this.leaderboard = leaderboard;
    this.clock = clock;
  }

  /** Runs once now, then every hour; a failed run is logged and the next one tries again. */
  public void start() {
    tick();
    timer = vertx.setPeriodic(EVERY.toMillis(), id -> tick());
  }

  /** No more runs; completes when a run in progress has finished (so the pool can close under none). */
  public Future<Void> stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
    Future<?> run = current;
    return run == null ? Future.succeededFuture() : run.<Void>mapEmpty().otherwiseEmpty();
  }

  /** One run as of {@code now}: the badges it awarded (none when every winner already held one). */
  public Future<List<BadgeEvent>> runOnce(Instant now) {
    return store.lastCompletedWeeks(now).compose(weeks -> {
      List<BadgeEvent> awarded = new ArrayList<>();
      Future<Void> chain = Future.succeededFuture();
      for (WeeklyTop3Store.Week week : weeks) {
        // One company's failure (logged) does not keep the others' weeks from closing.
        chain = chain.compose(v -> store.award(week)
            .compose(activity -> publish(activity, awarded))
            .recover(e -> {
              log.warn("Weekly top 3 of company {} failed; the next run tries again: {}", week.companyId(),
                  e.toString());
              return Future.succeededFuture();
            }));
      }
      return chain.map(v -> awarded);
    });
  }

  private Future<Void> publish(Activity activity, List<BadgeEvent> awarded) {
    awarded.addAll(activity.badges());
    return leaderboard.committed(activity);
  }

  // A run that outlasts the hour is not doubled by the next tick.
  private void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    current = runOnce(clock.instant())
        .onSuccess(awarded -> {
          if (!awarded.isEmpty()) {
            log.info("Weekly top 3: {} badge(s) awarded", awarded.size());
          }
        })
        .onFailure(e -> log.warn("Weekly top 3 run failed; the next run tries again: {}", e.toString()))
        .onComplete(r -> running.set(false));
  }
}
