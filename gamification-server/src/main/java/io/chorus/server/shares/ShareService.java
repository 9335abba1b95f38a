package io.chorus.server.shares;

import io.chorus.server.auth.Caller;
import io.chorus.server.http.JsonReader;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.shared.Network;
import io.chorus.shared.wire.ShareReceipt;
import io.chorus.shared.wire.ShareReport;
import io.chorus.shared.wire.Standing;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Instant;

/**
 * Where a share's points are decided and its consequences set off: the transaction (ShareStore, scored
 * by the company's rules as they stand at that moment), then — only after commit — this node's
 * leaderboard and the event bus, so every other node and every screen hears of its points and badges.
 * The answer carries the sharer's standing as of now, replay or not.
 */
public final class ShareService {
  private final ShareStore store;
  private final LeaderboardIndex leaderboard;
  private final Clock clock;

  public ShareService(Pool pool, LeaderboardIndex leaderboard, Clock clock) {
    this.store = new ShareStore(pool);
    this.leaderboard = leaderboard;
    this.clock = clock;
  }

  /** The answer to a report: its status, its body, and whether it replays an earlier answer. */
  public record Outcome(int status, JsonObject body, boolean replayed) {}

  /** Records a report; {@code publicUrl} is the address tracked links are made of. */
  public Future<Outcome> report(Caller caller, String idempotencyKey, ShareReport report, String publicUrl) {
    Instant now = clock.instant();
    Instant postedAt;
    try {
      postedAt = PostedAt.effective(report.postedAt(), now);
    } catch (RuntimeException refused) {
      return Future.failedFuture(refused);
    }
    return store.record(new ShareStore.Report(caller, idempotencyKey, RequestHash.of(report), report, postedAt, now,
            publicUrl))
        .compose(recorded -> (recorded.replayed() ? Future.<Void>succeededFuture()
                : leaderboard.committed(recorded.activity()))
            .compose(v -> leaderboard.standing(caller.companyId(), caller.employeeId()))
            .map(standing -> new Outcome(recorded.status(), withStanding(recorded.body(), standing),
                recorded.replayed())));
  }

  /** The kept share part of the answer plus the standing as of now, written as the wire's ShareReceipt. */
  private static JsonObject withStanding(JsonObject share, Standing standing) {
    JsonReader r = new JsonReader(share);
    ShareReceipt receipt = new ShareReceipt(r.integer("shareId"), r.integer("contentId"),
        Network.fromWire(r.string("network")), r.integer("points"), r.optString("trackedUrl"),
        r.strings("newBadges"), standing);
    return JsonWriter.encode(receipt::write);
  }
}
