package io.chorus.server.contests;

import io.chorus.server.http.JsonWriter;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.leaderboard.LeaderboardStream;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells every node's screens and popups about a contest whose board or state changed: the node where
 * the change committed reads the board once (after a short coalescing wait, so a burst of entries
 * costs one read) and publishes it on {@link #ADDRESS} to the whole cluster; each node's live streams
 * pass it on as the {@code contest} event. Changes reach it from the share and click paths as
 * {@link LeaderboardIndex#CONTESTS_TOUCHED}, and from the contest's own writes and lifecycle directly.
 */
public final class ContestBoards {
  /** Local-and-cluster address: {"companyId": n, "board": ContestBoard}. */
  public static final String ADDRESS = LeaderboardStream.CONTEST_BOARD;
  static final long COALESCE_MS = 50;

  private final Vertx vertx;
  private final ContestReads reads;
  private final Set<String> pending = new HashSet<>();
  private MessageConsumer<JsonObject> touched;

  ContestBoards(Vertx vertx, ContestReads reads) {
    this.vertx = vertx;
    this.reads = reads;
  }

  Future<Void> start() {
    touched = vertx.eventBus().localConsumer(LeaderboardIndex.CONTESTS_TOUCHED, msg -> {
      long company = msg.body().getLong("companyId");
      msg.body().getJsonArray("contests").forEach(id -> changed(company, ((Number) id).longValue()));
    });
    return touched.completion();
  }

  Future<Void> stop() {
    return touched == null ? Future.succeededFuture() : touched.unregister();
  }

  /** Publishes the contest's board soon (once for any number of calls within the coalescing wait). */
  void changed(long companyId, long contestId) {
    // Timers and this set run on whichever thread calls; the set is guarded by this object.
    synchronized (pending) {
      if (!pending.add(companyId + ":" + contestId)) {
        return;
      }
    }
    vertx.setTimer(COALESCE_MS, t -> {
      synchronized (pending) {
        pending.remove(companyId + ":" + contestId);
      }
      reads.board(contestId).onSuccess(board -> vertx.eventBus().publish(ADDRESS,
          new JsonObject().put("companyId", companyId).put("board", JsonWriter.encode(board::write))));
    });
  }
}
