package io.chorus.server.leaderboard;

import io.chorus.server.auth.Caller;
import io.chorus.shared.wire.Leaderboard;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;

/**
 * What a stream opens with: a fresh start ({@code recent}, then the board) or, for a client that
 * reconnects with {@code Last-Event-ID} — to this node or another — the feed items after that number
 * (from the node's {@link CompanyFeed}, or PostgreSQL when it goes back further), then the board.
 */
final class StreamOpening {
  /** What a stream opens with: the feed, the number it is as of, the items it missed (null: start afresh). */
  record Opening(CompanyFeed feed, long upTo, List<Followed> missed, Leaderboard board) {}

  private final LeaderboardIndex index;

  StreamOpening(LeaderboardIndex index) {
    this.index = index;
  }

  /** The response as an event stream, and the stream it is to become (not yet among the open ones). */
  static StreamClient client(RoutingContext ctx, Caller caller, StreamFrames.View view, boolean patches) {
    HttpServerResponse response = ctx.response()
        .setChunked(true)
        .putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-cache, no-store")
        .putHeader("X-Accel-Buffering", "no");
    return new StreamClient(response, caller.companyId(), view, screenOf(caller),
        caller.screenId() == null ? caller.employeeId() : 0, patches);
  }

  /** Reads what the stream opens with, resuming after {@code resumeFrom} (-1: a fresh start). */
  Future<Opening> load(StreamClient client, long resumeFrom) {
    StreamFrames.View view = client.view;
    return index.feed(client.companyId)
        .compose(feed -> {
          long upTo = index.appliedSeq();
          return missed(feed, client.companyId, resumeFrom, upTo)
              .compose(missed -> index.top(client.companyId, view.scope(), view.period(), view.rows())
                  .map(board -> new Opening(feed, upTo, missed, board)));
        });
  }

  /**
   * Writes the opening to the stream: the retry hint, then {@code recent} or the items it missed, then
   * the whole board ({@code board}, the instance the loop's streams share for it).
   */
  static void write(StreamClient client, long resumeFrom, Opening opening, SentBoard board) {
    client.response.write("retry: " + LeaderboardStream.RETRY_MS + "\n\n");
    if (opening.missed() == null) {
      client.sentUpTo = opening.upTo();
      client.send(StreamFrames.recentEvent(opening.feed(), opening.upTo()));
    } else {
      client.sentUpTo = Math.max(resumeFrom, opening.upTo());
      opening.missed().forEach(item -> client.send(StreamFrames.feedEvent(item)));
    }
    // Always the whole board first (also on a resume): patches apply only to what this connection sent.
    client.boardSent = board;
    client.send(StreamFrames.boardEvent(client.sentUpTo, board.data));
  }

  /** The Last-Event-ID a reconnecting client sent (a ledger number), or -1 for a fresh start. */
  static long lastEventId(RoutingContext ctx) {
    String id = ctx.request().getHeader("Last-Event-ID");
    if (id == null) {
      return -1;
    }
    try {
      long n = Long.parseLong(id.trim());
      return n >= 0 ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The feed items after {@code after} up to {@code upTo} (an id from another node that is ahead of this
   * one: none yet, they come as this node passes them); null for a fresh start.
   */
  private Future<List<Followed>> missed(CompanyFeed feed, long companyId, long after, long upTo) {
    if (after < 0) {
      return Future.succeededFuture(null);
    }
    if (after >= upTo) {
      return Future.succeededFuture(List.of());
    }
    List<Followed> kept = feed.since(after, upTo);
    return kept != null ? Future.succeededFuture(kept) : index.replay(companyId, after, upTo);
  }

  private static UUID screenOf(Caller caller) {
    if (caller.screenId() == null) {
      return null;
    }
    try {
      return UUID.fromString(caller.screenId());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
