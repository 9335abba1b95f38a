package io.chorus.server.shares;

import io.chorus.server.auth.Caller;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.points.Activity;
import io.chorus.server.points.LedgerEvent;
import java.util.List;
import io.chorus.server.http.JsonReader;
import io.chorus.server.http.JsonWriter;
import io.chorus.shared.Network;
import io.chorus.shared.scoring.ScoringRules;
import io.chorus.shared.wire.ShareReceipt;
import io.chorus.shared.wire.ShareReport;
import io.chorus.shared.wire.Standing;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;

/**
 * Where a share's points are decided and its consequences set off: the transaction (ShareStore), then —
 * only after commit — this node's leaderboard and the event bus, so every other node and every screen
 * hears of it. The answer carries the sharer's standing as of now, replay or not.
 */
public final class ShareService {
  private final Vertx vertx;
  private final ShareStore store;
  private final LeaderboardIndex leaderboard;
  private final ScoringRules rules;

  public ShareService(Vertx vertx, Pool pool, LeaderboardIndex leaderboard, ScoringRules rules) {
    this.vertx = vertx;
    this.store = new ShareStore(pool);
    this.leaderboard = leaderboard;
    this.rules = rules;
  }

  /** The answer to a report: its status, its body, and whether it replays an earlier answer. */
  public record Outcome(int status, JsonObject body, boolean replayed) {}

  public Future<Outcome> report(Caller caller, String idempotencyKey, ShareReport report) {
    int points = rules.pointsForShare(report.network());
    return store.record(caller, idempotencyKey, RequestHash.of(report), report, points)
        .compose(recorded -> afterCommit(recorded.event())
            .compose(v -> leaderboard.standing(caller.companyId(), caller.employeeId()))
            .map(standing -> new Outcome(recorded.status(), withStanding(recorded.body(), standing),
                recorded.replayed())));
  }

  private Future<Void> afterCommit(LedgerEvent event) {
    if (event == null) {
      return Future.succeededFuture();
    }
    Activity activity = Activity.of(event.companyId());
    activity.entries().add(event);
    return leaderboard.committed(activity);
  }

  /** The kept share part of the answer plus the standing as of now, written as the wire's ShareReceipt. */
  private static JsonObject withStanding(JsonObject share, Standing standing) {
    JsonReader r = new JsonReader(share);
    ShareReceipt receipt = new ShareReceipt(r.integer("shareId"), r.integer("contentId"),
        Network.fromWire(r.string("network")), r.integer("points"), null, List.of(), standing);
    return JsonWriter.encode(receipt::write);
  }
}
