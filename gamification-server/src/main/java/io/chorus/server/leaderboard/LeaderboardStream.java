package io.chorus.server.leaderboard;

import io.chorus.server.auth.Caller;
import io.chorus.server.auth.ScreenStates;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.wire.ContestBoard;
import io.chorus.shared.wire.Period;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * Server-sent events for office screens and popups, one instance per HTTP verticle (so every write
 * happens on the connection's own event loop). Events: {@code board} (the ranking of the stream's scope
 * — company, office or team), {@code recent} (on a fresh start: {@code {"shares":[…],"kudos":[…],"badges":[…]}},
 * newest first), and then {@code share}, {@code kudos} and {@code badge} for each new item of the
 * company's feed, in the ledger's sequence.
 *
 * <p>This class holds a loop's streams' lifecycle, heartbeats and revocations; opening and resuming are
 * {@link StreamOpening}'s, bringing open streams up to date after a change {@link StreamFanOut}'s.
 *
 * <p>Every event's id is a ledger sequence number and means the same on every node: the stream has sent
 * everything of its company's feed up to it. Feed items go out only once the node's follower has
 * passed them (nothing below can still arrive), each with its own number; {@code recent} and
 * {@code board} carry the number they are as of. A client that reconnects with {@code Last-Event-ID} —
 * to this node or another — gets exactly the items after it (from the node's {@link CompanyFeed}, or
 * PostgreSQL when it goes back further), then the board; from further back than
 * {@link LeaderboardIndex#REPLAY_ROWS} rows, a fresh {@code recent} instead.
 *
 * <p>Bursts are coalesced: a change goes out at once when the company's streams were last flushed
 * {@link #COALESCE_MS} or more ago, else when that time is up, with everything that came meanwhile — so a
 * board sends at most ten updates a second, each the latest, and a lone share is not held back. Each
 * flush encodes its frames once for all the company's streams ({@link StreamFrames}). A client that
 * cannot keep up gets no backlog: while its write queue is full it is sent nothing, and when it drains
 * it gets what it missed from the shared feed (or a fresh start); one that stays blocked for
 * {@link #DROP_BLOCKED_AFTER_MS} is dropped (it reconnects with its last id when it can).
 *
 * <p>{@code contest} (a ContestBoard) goes out whenever one of the company's contests gets an entry or a
 * click or changes state (published once per change, by the node where it happened, to every node).
 *
 * <p>A screen whose link is revoked gets one {@code revoked} event
 * ({@code {"error":{"code":"token_revoked",…}}}) and its stream ends: at once when the revocation is
 * heard on the event bus ({@link ScreenStates#REVOKED}, from any node), else at the next re-check of
 * open screen streams ({@link #RECHECK_MS}), which also covers a missed bus message.
 */
public final class LeaderboardStream {
  static final long COALESCE_MS = 100;
  static final long HEARTBEAT_MS = 15_000;
  static final long DROP_BLOCKED_AFTER_MS = 15_000;
  static final int RETRY_MS = 2_000;
  /** How often open screen streams ask whether their link still stands (a cache read, mostly). */
  static final long RECHECK_MS = 2_000;
  /** The event that tells a screen its link was revoked: stop, do not reconnect. */
  public static final String REVOKED_EVENT = "revoked";
  /**
   * Local-and-cluster address: {"companyId": n, "employeeId": n} when a person's tokens stop standing
   * (deactivated): every node ends that person's open streams at once, as {@link #REVOKED_EVENT}.
   */
  public static final String PERSON_REVOKED = "chorus.people.revoked";
  /** Local-and-cluster address of changed contest boards: {"companyId": n, "board": ContestBoard}. */
  public static final String CONTEST_BOARD = "chorus.contests.board";

  private static final Buffer HEARTBEAT = Buffer.buffer(": heartbeat\n\n");

  private final Vertx vertx;
  private final LeaderboardIndex index;
  private final ScreenStates screens;
  private final OpenStreams streams;
  private final StreamOpening openings;
  private final StreamFanOut fanOut;
  private MessageConsumer<JsonObject> changes;
  private MessageConsumer<JsonObject> revocations;
  private MessageConsumer<JsonObject> people;
  private MessageConsumer<JsonObject> contests;
  private long heartbeatTimer;
  private long recheckTimer;
  private boolean stopping;

  /** Made on the event loop whose streams it serves (an HTTP verticle's start). */
  public LeaderboardStream(Vertx vertx, LeaderboardIndex index, ScreenStates screens) {
    this.vertx = vertx;
    this.index = index;
    this.screens = screens;
    this.streams = new OpenStreams(vertx);
    this.openings = new StreamOpening(index);
    this.fanOut = new StreamFanOut(vertx, index, streams);
  }

  /** Listens for board changes and screen revocations; call from the owning verticle's start. */
  public Future<Void> start() {
    changes = vertx.eventBus().localConsumer(LeaderboardIndex.CHANGED,
        msg -> fanOut.scheduleFlush(msg.body().getLong("companyId")));
    // Not local: a revocation on any node of a cluster ends this node's streams of that screen.
    revocations = vertx.eventBus().consumer(ScreenStates.REVOKED, msg -> revoked(msg.body().getString("screenId")));
    people = vertx.eventBus().consumer(PERSON_REVOKED, msg -> personRevoked(msg.body().getLong("companyId", 0L),
        msg.body().getLong("employeeId", 0L)));
    // Not local: a contest's board is published once, by the node where it changed, to every node.
    contests = vertx.eventBus().consumer(CONTEST_BOARD, msg -> contestChanged(msg.body()));
    heartbeatTimer = vertx.setPeriodic(HEARTBEAT_MS, t -> heartbeat());
    recheckTimer = vertx.setPeriodic(RECHECK_MS, t -> recheckScreens());
    return Future.all(changes.completion(), revocations.completion(), people.completion(), contests.completion())
        .mapEmpty();
  }

  /**
   * Ends every stream with a retry hint, so screens reconnect (to this node once it is back, or to
   * another); a stream still being opened ends the same way.
   */
  public Future<Void> stop() {
    stopping = true;
    vertx.cancelTimer(heartbeatTimer);
    vertx.cancelTimer(recheckTimer);
    for (StreamClient c : streams.copy()) {
      streams.remove(c);
      StreamClient.endWithRetryHint(c.response);
    }
    return Future.all(changes == null ? Future.succeededFuture() : changes.unregister(),
        revocations == null ? Future.succeededFuture() : revocations.unregister(),
        people == null ? Future.succeededFuture() : people.unregister(),
        contests == null ? Future.succeededFuture() : contests.unregister()).mapEmpty();
  }

  /** How many streams are open (a metrics gauge reads it from another thread; a stale count is fine). */
  public int connected() {
    return streams.size();
  }

  void open(RoutingContext ctx, Caller caller, BoardScope scope, Period period, int rows, boolean patches) {
    StreamFrames.View view = streams.shared(new StreamFrames.View(scope, period, rows));
    StreamClient client = StreamOpening.client(ctx, caller, view, patches);
    long resumeFrom = StreamOpening.lastEventId(ctx);
    streams.onOwnLoop(openings.load(client, resumeFrom), opened -> {
      if (opened.failed()) {
        ctx.fail(opened.cause());
        return;
      }
      opened(ctx, client, resumeFrom, opened.result());
    });
  }

  /** Writes what a new stream opens with and counts it among the open ones (on this stream's event loop). */
  private void opened(RoutingContext ctx, StreamClient client, long resumeFrom, StreamOpening.Opening opening) {
    HttpServerResponse response = client.response;
    if (ctx.request().connection() == null || response.closed()) {
      return;
    }
    if (stopping) {
      StreamClient.endWithRetryHint(response);
      return;
    }
    if (client.screenId != null && screens.knownRevoked(client.screenId)) {
      // Revoked while this stream was being opened: the revocation's message has already passed.
      endRevoked(client);
      return;
    }
    StreamOpening.write(client, resumeFrom, opening, fanOut.sameAsSent(client.companyId, client.view, opening.board()));
    streams.add(client);
    response.closeHandler(v -> streams.remove(client));
    response.exceptionHandler(e -> streams.remove(client));
    if (index.appliedSeq() > client.sentUpTo) {
      // Items passed while it was opening: they go out with the next flush, not with the next change.
      fanOut.scheduleFlush(client.companyId);
    }
  }

  private void revoked(String screenId) {
    UUID id;
    try {
      id = UUID.fromString(screenId);
    } catch (IllegalArgumentException | NullPointerException e) {
      return;
    }
    for (StreamClient c : streams.copy()) {
      if (id.equals(c.screenId)) {
        endRevoked(c);
      }
    }
  }

  private void personRevoked(long companyId, long employeeId) {
    for (StreamClient c : streams.copy()) {
      if (employeeId != 0 && c.employeeId == employeeId && c.companyId == companyId) {
        endRevoked(c);
      }
    }
  }

  /**
   * Asks again whether each open screen stream's link stands (cached per node, so one read per screen),
   * and drops every client blocked for longer than {@link #DROP_BLOCKED_AFTER_MS}.
   */
  private void recheckScreens() {
    for (StreamClient c : streams.copy()) {
      if (c.blockedSince != 0 && fanOut.blocked(c)) {
        continue;
      }
      if (c.screenId != null) {
        // The screen states are shared by every loop: the answer must come back to this one's streams.
        streams.onOwnLoop(screens.stands(c.screenId, c.companyId), stands -> {
          if (stands.succeeded() && !stands.result() && c.open) {
            endRevoked(c);
          }
        });
      }
    }
  }

  private void endRevoked(StreamClient c) {
    streams.remove(c);
    c.endRevoked();
  }

  /**
   * A contest's board changed (an entry, a click, a new state): every stream of its company gets it as
   * one {@code contest} event (data: ContestBoard), so {@code /screen?contest=<id>} and popups follow it.
   */
  private void contestChanged(JsonObject message) {
    long companyId = message.getLong("companyId", 0L);
    Buffer frame = StreamFrames.frame(new SseEvent(null, ContestBoard.EVENT, message.getJsonObject("board").encode()));
    for (StreamClient c : streams.copy()) {
      if (c.companyId == companyId && !fanOut.blocked(c)) {
        c.write(frame);
      }
    }
  }

  private void heartbeat() {
    for (StreamClient c : streams.copy()) {
      if (!fanOut.blocked(c)) {
        c.write(HEARTBEAT);
      }
    }
  }
}
