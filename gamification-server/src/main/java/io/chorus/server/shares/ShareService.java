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
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * Where a share's points are decided and its consequences set off: the transaction (ShareStore, scored
 * by the company's rules as they stand at that moment), then — only after commit — this node's
 * leaderboard and the event bus, so every other node and every screen hears of its points and badges.
 * The answer carries the sharer's standing as of now, replay or not. Reports that arrive together on
 * one event loop are written together ({@link ShareBatches}, group commit), each with its own answer; a
 * person's reports are always written by the same loop ({@link BatchesByEmployee}).
 */
public final class ShareService {
  private final ShareStore store;
  private final LeaderboardIndex leaderboard;
  private final Clock clock;
  private final BatchesByEmployee batches;

  /**
   * @param lanes how many batches one event loop writes at once (each holds a pooled connection while
   *     it is written)
   */
  public ShareService(Pool pool, LeaderboardIndex leaderboard, Clock clock, int lanes) {
    this.store = new ShareStore(pool, new ShareTerms());
    this.leaderboard = leaderboard;
    this.clock = clock;
    this.batches = new BatchesByEmployee(pool, store, lanes);
  }

  /**
   * Half the pool for the whole node, shared out among its HTTP event loops (each loop writes its own
   * batches): lanes hold connections for a whole batch, and the token checks, reads and other writers of
   * the node need the rest. Every loop gets at least one.
   */
  public static int lanesFor(int poolSize, int httpLoops) {
    return Math.max(1, poolSize / 2 / Math.max(1, httpLoops));
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
            .map(standing -> new Outcome(recorded.status(), withStanding(recorded, standing),
                recorded.replayed())));
  }

  /** Through the batches of the person's event loop; alone when called off any Vert.x context. */
  private Future<ShareStore.Recorded> write(ShareStore.Report r) {
    Context context = Vertx.currentContext();
    if (context == null) {
      return store.record(r);
    }
    return batches.record(r, context);
  }

  /** The kept share part of the answer plus the standing as of now, written as the wire's ShareReceipt. */
  private static JsonObject withStanding(ShareStore.Recorded recorded, Standing standing) {
    if (recorded.replayed()) {
      // Read back from jsonb, which keeps its keys in an order of its own: rewritten in the receipt's.
      return asReceipt(recorded.body(), standing);
    }
    // A fresh answer is ShareStore's, already in the receipt's field order with the receipt's values: a
    // read and write of it (about 2 % of a report's CPU) would give the same fields, so it is copied as
    // it is, without the null fields the receipt leaves out, and the standing added.
    JsonObject answer = new JsonObject(new LinkedHashMap<>(recorded.body().size() + 2));
    recorded.body().getMap().forEach((field, value) -> {
      if (value != null) {
        answer.put(field, value);
      }
    });
    return answer.put("standing", JsonWriter.encode(standing::write));
  }

  private static JsonObject asReceipt(JsonObject share, Standing standing) {
    JsonReader r = new JsonReader(share);
    ShareReceipt receipt = new ShareReceipt(r.integer("shareId"), r.integer("contentId"),
        Network.fromWire(r.string("network")), r.integer("points"), r.optString("trackedUrl"),
        r.strings("newBadges"), standing);
    return JsonWriter.encode(receipt::write);
  }
}
