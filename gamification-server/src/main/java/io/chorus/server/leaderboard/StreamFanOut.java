package io.chorus.server.leaderboard;

import io.chorus.shared.wire.Leaderboard;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings one loop's open streams up to date after a change: coalesces a burst, then brings every stream
 * of the company up to the follower's watermark with each frame encoded once for all of them
 * ({@link StreamFrames}); a stream whose write queue is full gets nothing until it drains, then what it
 * missed, and one blocked too long is dropped. Touched on the streams' own loop only.
 */
final class StreamFanOut {
  private final Vertx vertx;
  private final LeaderboardIndex index;
  private final OpenStreams streams;
  private final Set<Long> flushScheduled = new HashSet<>();
  /** When each company's streams were last flushed (ms), for the leading-edge coalescing. */
  private final Map<Long, Long> lastFlush = new HashMap<>();
  /**
   * The latest board of each company's views, as sent: one instance per distinct board, so a flush that
   * finds the same board again sends it to nobody who has it (compared by identity, not byte by byte).
   */
  private final Map<Long, Map<StreamFrames.View, SentBoard>> boardsSent = new HashMap<>();

  StreamFanOut(Vertx vertx, LeaderboardIndex index, OpenStreams streams) {
    this.vertx = vertx;
    this.index = index;
    this.streams = streams;
  }

  /**
   * Leading edge: the first change after a quiet {@link LeaderboardStream#COALESCE_MS} goes out at once (on
   * the next turn of the loop, so the other announcements of the same commit ride along); later ones wait
   * for the rest of that time and go out together, as the latest state.
   */
  void scheduleFlush(long companyId) {
    if (!flushScheduled.add(companyId)) {
      return;
    }
    long wait = lastFlush.getOrDefault(companyId, 0L) + LeaderboardStream.COALESCE_MS - System.currentTimeMillis();
    Handler<Void> flush = v -> {
      flushScheduled.remove(companyId);
      flush(companyId);
      // Counted from the end: a flush of many streams leaves the loop that long to everything else.
      lastFlush.put(companyId, System.currentTimeMillis());
    };
    if (wait <= 0) {
      streams.context().runOnContext(flush);
    } else {
      vertx.setTimer(wait, t -> flush.handle(null));
    }
  }

  private void flush(long companyId) {
    CompanyFeed feed = index.feedIfKept(companyId);
    if (feed == null) {
      return;
    }
    // Only which streams are the company's: their connections are looked at once, as each is written.
    List<StreamClient> due = new ArrayList<>(streams.size());
    for (StreamClient c : streams.all()) {
      if (c.companyId == companyId) {
        due.add(c);
      }
    }
    catchUp(companyId, feed, due);
  }

  /**
   * Sends each client the feed items after what it has, up to the watermark, then its board — every frame
   * encoded once for all of them. A client whose queue fills up stops there; it gets the rest on drain.
   */
  private void catchUp(long companyId, CompanyFeed feed, List<StreamClient> due) {
    if (due.isEmpty()) {
      return;
    }
    long upTo = index.appliedSeq();
    Map<StreamFrames.View, Future<Leaderboard>> tops = new HashMap<>();
    StreamFrames.View previous = null;
    for (StreamClient c : due) {
      // Streams of one view share its instance (OpenStreams.shared) and mostly come in runs of it: one
      // lookup per run, not per stream.
      if (c.view != previous) {
        previous = c.view;
        tops.computeIfAbsent(c.view, v -> index.top(companyId, v.scope(), v.period(), v.rows())
            // A board that cannot be had now (an office just removed) leaves its streams with the items only.
            .recover(e -> Future.succeededFuture(null)));
      }
    }
    streams.onOwnLoop(Future.all(new ArrayList<>(tops.values())), all -> {
      Map<StreamFrames.View, SentBoard> boards = new HashMap<>();
      tops.forEach((view, top) -> {
        if (top.result() != null) {
          boards.put(view, sameAsSent(companyId, view, top.result()));
        }
      });
      StreamFrames frames = new StreamFrames(feed, upTo, boards);
      StreamFrames.View view = null;
      SentBoard board = null;
      for (StreamClient c : due) {
        if (!c.open) {
          continue;
        }
        if (c.view != view) {
          view = c.view;
          board = boards.get(view);
        }
        sendChunks(c, frames, board);
      }
    });
  }

  /** {@code board}: the board of the client's view in this flush (null: items only). */
  private void sendChunks(StreamClient c, StreamFrames frames, SentBoard board) {
    if (blocked(c)) {
      // It gets what it missed when it drains, from the shared feed: nothing queues up for it alone.
      return;
    }
    List<StreamFrames.Chunk> chunks = frames.catchUp(c.sentUpTo, c.view, board, c.boardSent, c.patches);
    for (int i = 0; i < chunks.size(); i++) {
      if (i > 0 && blocked(c)) {
        // The rest waits for the drain, in the shared feed.
        return;
      }
      StreamFrames.Chunk chunk = chunks.get(i);
      c.write(chunk.bytes());
      c.sentUpTo = Math.max(c.sentUpTo, chunk.upTo());
    }
    if (!chunks.isEmpty() && board != null) {
      c.boardSent = board;
    }
    c.sentUpTo = Math.max(c.sentUpTo, frames.upTo());
  }

  /** The board, as the instance already sent for this view when it is the same board. */
  SentBoard sameAsSent(long companyId, StreamFrames.View view, Leaderboard board) {
    Map<StreamFrames.View, SentBoard> sent = boardsSent.computeIfAbsent(companyId, id -> new HashMap<>());
    SentBoard before = sent.get(view);
    if (before != null && before.board.equals(board)) {
      return before;
    }
    SentBoard next = new SentBoard(board);
    sent.put(view, next);
    return next;
  }

  /**
   * True when the client's queue is full; it then gets what it missed when it drains. One blocked for
   * longer than {@link LeaderboardStream#DROP_BLOCKED_AFTER_MS} is dropped.
   */
  boolean blocked(StreamClient c) {
    if (!c.response.writeQueueFull()) {
      c.blockedSince = 0;
      return false;
    }
    long now = System.currentTimeMillis();
    if (c.blockedSince == 0) {
      c.blockedSince = now;
      c.response.drainHandler(v -> {
        c.blockedSince = 0;
        CompanyFeed feed = index.feedIfKept(c.companyId);
        if (feed != null && c.open) {
          catchUp(c.companyId, feed, List.of(c));
        }
      });
    } else if (now - c.blockedSince > LeaderboardStream.DROP_BLOCKED_AFTER_MS) {
      streams.remove(c);
      c.response.reset();
    }
    return true;
  }
}
