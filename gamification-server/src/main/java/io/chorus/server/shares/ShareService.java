package io.chorus.server.shares;

import io.chorus.server.auth.Caller;
import io.chorus.server.auth.TokenToConfirm;
import io.chorus.server.http.JsonReader;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.shared.Network;
import io.chorus.shared.wire.ShareReceipt;
import io.chorus.shared.wire.ShareReport;
import io.chorus.shared.wire.Standing;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a share's points are decided and its consequences set off: the transaction (ShareStore, scored
 * by the company's rules as they stand at that moment), then — only after commit — this node's
 * leaderboard and the event bus, so every other node and every screen hears of its points and badges.
 * The answer carries the sharer's standing as of now, replay or not. Reports that arrive together on
 * any of the node's event loops are written together ({@link ShareBatches}, group commit), each with its
 * own answer.
 */
public final class ShareService {
  private final Pool pool;
  private final ShareStore store;
  private final LeaderboardIndex leaderboard;
  private final Clock clock;
  private final int lanes;
  /** The node's batcher, made on the first report's event loop. */
  private final AtomicReference<Home> home = new AtomicReference<>();

  /**
   * @param lanes how many batches the node writes at once (each holds a pooled connection while it is
   *     written)
   */
  public ShareService(Pool pool, LeaderboardIndex leaderboard, Clock clock, int lanes) {
    this.pool = pool;
    this.store = new ShareStore(pool, new ShareTerms());
    this.leaderboard = leaderboard;
    this.clock = clock;
    this.lanes = lanes;
  }

  /**
   * A quarter of the pool for the node's one batcher (2 of the default 8), at least one. Fewer lanes make
   * bigger batches, and a batch costs PostgreSQL one BEGIN, one COMMIT and a round trip per step for all
   * its reports; but one lane writes every batch in series, and PostgreSQL then works one report's
   * statements after another on one core (IngestBench: 2 lanes, batches of 1.96, 1295 reports/s; 1 lane,
   * batches of 3.3, 928/s; a lane per loop and two per loop as before, batches of 1.23). The rest of the
   * pool is for the token checks, reads and other writers of the node.
   */
  public static int lanesFor(int poolSize) {
    return Math.max(1, poolSize / 4);
  }

  /** The answer to a report: its status, its body, and whether it replays an earlier answer. */
  public record Outcome(int status, JsonObject body, boolean replayed) {}

  /**
   * Records a report; {@code publicUrl} is the address tracked links are made of. {@code token}, when not
   * null, is checked for revocation by the transaction's first statements, before anything is kept or
   * replayed.
   */
  public Future<Outcome> report(Caller caller, TokenToConfirm token, String idempotencyKey, ShareReport report,
      String publicUrl) {
    Instant now = clock.instant();
    Instant postedAt;
    try {
      postedAt = PostedAt.effective(report.postedAt(), now);
    } catch (RuntimeException refused) {
      return Future.failedFuture(refused);
    }
    return write(new ShareStore.Report(caller, token, idempotencyKey, RequestHash.of(report), report, postedAt, now,
            publicUrl))
        .compose(recorded -> (recorded.replayed() ? Future.<Void>succeededFuture()
                : leaderboard.committed(recorded.activity()))
            .compose(v -> leaderboard.standing(caller.companyId(), caller.employeeId()))
            .map(standing -> new Outcome(recorded.status(), withStanding(recorded.body(), standing),
                recorded.replayed())));
  }

  /**
   * Through the node's one batcher; alone when called off any Vert.x context. The batcher lives on the
   * event loop of the first report it was given: reports from other loops hop onto it, so concurrent
   * reports from every loop meet in one queue and are written together, and their answers hop back.
   */
  private Future<ShareStore.Recorded> write(ShareStore.Report r) {
    Context origin = Vertx.currentContext();
    if (origin == null) {
      return store.record(r);
    }
    Home home = this.home.get();
    if (home == null) {
      this.home.compareAndSet(null, new Home(origin, Thread.currentThread(), new ShareBatches(pool, store, lanes)));
      home = this.home.get();
    }
    Promise<ShareStore.Recorded> answer = Promise.promise();
    ShareBatches batches = home.batches();
    if (home.thread() == Thread.currentThread()) {
      batches.record(r, answer, origin);
    } else {
      home.context().runOnContext(v -> batches.record(r, answer, origin));
    }
    return answer.future();
  }

  /** The node's batcher and the event loop whose thread alone touches it. */
  private record Home(Context context, Thread thread, ShareBatches batches) {}

  /** The kept share part of the answer plus the standing as of now, written as the wire's ShareReceipt. */
  private static JsonObject withStanding(JsonObject share, Standing standing) {
    JsonReader r = new JsonReader(share);
    ShareReceipt receipt = new ShareReceipt(r.integer("shareId"), r.integer("contentId"),
        Network.fromWire(r.string("network")), r.integer("points"), r.optString("trackedUrl"),
        r.strings("newBadges"), standing);
    return JsonWriter.encode(receipt::write);
  }
}
