package io.chorus.server.leaderboard;

import io.chorus.server.auth.Caller;
import io.chorus.server.auth.ScreenStates;
import io.chorus.server.http.JsonWriter;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.wire.ApiError;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.ContestBoard;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.Period;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Server-sent events for office screens and popups, one instance per HTTP verticle (so every write
 * happens on the connection's own event loop). Events: {@code board} (the ranking of the stream's scope
 * — company, office or team), {@code recent} (on a fresh start: {@code {"shares":[…],"kudos":[…],"badges":[…]}},
 * newest first), and then {@code share}, {@code kudos} and {@code badge} for each new item of the
 * company's feed, in the ledger's sequence.
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

  private final Vertx vertx;
  private final LeaderboardIndex index;
  private final ScreenStates screens;
  /** Open streams in the order they opened; touched only on this stream's own event loop. */
  private final Set<Client> clients = new LinkedHashSet<>();
  private final Set<Long> flushScheduled = new HashSet<>();
  /** When each company's streams were last flushed (ms), for the leading-edge coalescing. */
  private final Map<Long, Long> lastFlush = new HashMap<>();
  /**
   * The latest board of each company's views, as sent: one instance per distinct board, so a flush that
   * finds the same board again sends it to nobody who has it (compared by identity, not byte by byte).
   */
  private final Map<Long, Map<StreamFrames.View, SentBoard>> boardsSent = new HashMap<>();
  private static final Buffer HEARTBEAT = Buffer.buffer(": heartbeat\n\n");
  private Context context;
  private MessageConsumer<JsonObject> changes;
  private MessageConsumer<JsonObject> revocations;
  private MessageConsumer<JsonObject> people;
  private MessageConsumer<JsonObject> contests;
  private long heartbeatTimer;
  private long recheckTimer;
  private boolean stopping;

  private static final class Client {
    final HttpServerResponse response;
    final long companyId;
    final StreamFrames.View view;
    /** The screen this stream feeds, or null for an employee's stream. */
    final UUID screenId;
    /** The employee whose stream this is (0 for a screen's). */
    final long employeeId;
    /** Every feed item of the company up to this number has been sent (or was before the stream began). */
    long sentUpTo;
    /** The board this stream shows: the one last written on this connection (one of {@link #boardsSent}). */
    SentBoard boardSent;
    /** Asked for patches ({@code patches=1}): after its first board it gets what changed, not whole boards. */
    final boolean patches;
    long blockedSince;
    /** Among the open streams (a flag, not a lookup in a set of 10,000, for every stream of a flush). */
    boolean open;

    Client(HttpServerResponse response, long companyId, StreamFrames.View view, UUID screenId, long employeeId,
        boolean patches) {
      this.employeeId = employeeId;
      this.patches = patches;
      this.response = response;
      this.companyId = companyId;
      this.view = view;
      this.screenId = screenId;
    }
  }

  public LeaderboardStream(Vertx vertx, LeaderboardIndex index, ScreenStates screens) {
    this.vertx = vertx;
    this.index = index;
    this.screens = screens;
  }

  /** Listens for board changes and screen revocations; call from the owning verticle's start. */
  public Future<Void> start() {
    context = vertx.getOrCreateContext();
    changes = vertx.eventBus().localConsumer(LeaderboardIndex.CHANGED,
        msg -> scheduleFlush(msg.body().getLong("companyId")));
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
    for (Client c : new ArrayList<>(clients)) {
      remove(c);
      endWithRetryHint(c.response);
    }
    return Future.all(changes == null ? Future.succeededFuture() : changes.unregister(),
        revocations == null ? Future.succeededFuture() : revocations.unregister(),
        people == null ? Future.succeededFuture() : people.unregister(),
        contests == null ? Future.succeededFuture() : contests.unregister()).mapEmpty();
  }

  private static void endWithRetryHint(HttpServerResponse response) {
    if (!response.ended() && !response.closed()) {
      response.end(": server stopping\nretry: " + RETRY_MS + "\n\n");
    }
  }

  private void remove(Client c) {
    c.open = false;
    clients.remove(c);
  }

  /** How many streams are open (a metrics gauge reads it from another thread; a stale count is fine). */
  public int connected() {
    return clients.size();
  }

  void open(RoutingContext ctx, Caller caller, BoardScope scope, Period period, int rows, boolean patches) {
    HttpServerResponse response = ctx.response()
        .setChunked(true)
        .putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-cache, no-store")
        .putHeader("X-Accel-Buffering", "no");
    Client client = new Client(response, caller.companyId(), new StreamFrames.View(scope, period, rows),
        screenOf(caller), caller.screenId() == null ? caller.employeeId() : 0, patches);
    long resumeFrom = lastEventId(ctx);
    Future<Opening> opening = index.feed(caller.companyId())
        .compose(feed -> {
          long upTo = index.appliedSeq();
          return missed(feed, client.companyId, resumeFrom, upTo)
              .compose(missed -> index.top(client.companyId, scope, period, rows)
                  .map(board -> new Opening(feed, upTo, missed, board)));
        });
    onOwnLoop(opening, opened -> {
      if (opened.failed()) {
        ctx.fail(opened.cause());
        return;
      }
      opened(ctx, client, resumeFrom, opened.result());
    });
  }

  /** Writes what a new stream opens with and counts it among the open ones (on this stream's event loop). */
  private void opened(RoutingContext ctx, Client client, long resumeFrom, Opening opening) {
    HttpServerResponse response = client.response;
    if (ctx.request().connection() == null || response.closed()) {
      return;
    }
    if (stopping) {
      endWithRetryHint(response);
      return;
    }
    if (client.screenId != null && screens.knownRevoked(client.screenId)) {
      // Revoked while this stream was being opened: the revocation's message has already passed.
      endRevoked(client);
      return;
    }
    response.write("retry: " + RETRY_MS + "\n\n");
    if (opening.missed() == null) {
      sendRecent(client, opening.feed(), opening.upTo());
    } else {
      client.sentUpTo = Math.max(resumeFrom, opening.upTo());
      opening.missed().forEach(item -> send(client, StreamFrames.feedEvent(item)));
    }
    // Always the whole board first (also on a resume): patches apply only to what this connection sent.
    client.boardSent = sameAsSent(client.companyId, client.view, opening.board());
    send(client, StreamFrames.boardEvent(client.sentUpTo, client.boardSent.data));
    client.open = true;
    clients.add(client);
    response.closeHandler(v -> remove(client));
    response.exceptionHandler(e -> remove(client));
    if (index.appliedSeq() > client.sentUpTo) {
      // Items passed while it was opening: they go out with the next flush, not with the next change.
      scheduleFlush(client.companyId);
    }
  }

  /**
   * Runs {@code then} on this stream's event loop — at once when {@code f} is already complete here (the
   * usual case: boards and feeds are in memory) — so the open streams are only ever touched from there
   * and every write happens on the loop of the connections it writes to.
   */
  private <T> void onOwnLoop(Future<T> f, Handler<AsyncResult<T>> then) {
    if (f.isComplete() && Vertx.currentContext() == context) {
      then.handle(f);
    } else {
      f.onComplete(done -> context.runOnContext(v -> then.handle(done)));
    }
  }

  /** What a stream opens with: the feed, the number it is as of, the items it missed (null: start afresh). */
  private record Opening(CompanyFeed feed, long upTo, List<Followed> missed, Leaderboard board) {}

  /** The Last-Event-ID a reconnecting client sent (a ledger number), or -1 for a fresh start. */
  private static long lastEventId(RoutingContext ctx) {
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

  private void sendRecent(Client c, CompanyFeed feed, long upTo) {
    c.sentUpTo = upTo;
    send(c, StreamFrames.recentEvent(feed, upTo));
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

  private void revoked(String screenId) {
    UUID id;
    try {
      id = UUID.fromString(screenId);
    } catch (IllegalArgumentException | NullPointerException e) {
      return;
    }
    for (Client c : new ArrayList<>(clients)) {
      if (id.equals(c.screenId)) {
        endRevoked(c);
      }
    }
  }

  private void personRevoked(long companyId, long employeeId) {
    for (Client c : new ArrayList<>(clients)) {
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
    for (Client c : new ArrayList<>(clients)) {
      if (c.blockedSince != 0 && blocked(c)) {
        continue;
      }
      if (c.screenId != null) {
        // The screen states are shared by every loop: the answer must come back to this one's streams.
        onOwnLoop(screens.stands(c.screenId, c.companyId), stands -> {
          if (stands.succeeded() && !stands.result() && c.open) {
            endRevoked(c);
          }
        });
      }
    }
  }

  private void endRevoked(Client c) {
    remove(c);
    if (!c.response.closed()) {
      ApiError error = new ApiError(ErrorCode.TOKEN_REVOKED.code(),
          c.screenId != null ? "This screen link was revoked." : ErrorCode.TOKEN_REVOKED.message());
      c.response.write(new SseEvent(null, REVOKED_EVENT, JsonWriter.encode(error::write).encode()).format());
      c.response.end();
    }
  }

  /**
   * A contest's board changed (an entry, a click, a new state): every stream of its company gets it as
   * one {@code contest} event (data: ContestBoard), so {@code /screen?contest=<id>} and popups follow it.
   */
  private void contestChanged(JsonObject message) {
    long companyId = message.getLong("companyId", 0L);
    Buffer frame = StreamFrames.frame(new SseEvent(null, ContestBoard.EVENT, message.getJsonObject("board").encode()));
    for (Client c : new ArrayList<>(clients)) {
      if (c.companyId == companyId && !blocked(c)) {
        write(c, frame);
      }
    }
  }

  /**
   * Leading edge: the first change after a quiet {@link #COALESCE_MS} goes out at once (on the next turn of
   * the loop, so the other announcements of the same commit ride along); later ones wait for the rest of
   * that time and go out together, as the latest state.
   */
  private void scheduleFlush(long companyId) {
    if (!flushScheduled.add(companyId)) {
      return;
    }
    long wait = lastFlush.getOrDefault(companyId, 0L) + COALESCE_MS - System.currentTimeMillis();
    Handler<Void> flush = v -> {
      flushScheduled.remove(companyId);
      flush(companyId);
      // Counted from the end: a flush of many streams leaves the loop that long to everything else.
      lastFlush.put(companyId, System.currentTimeMillis());
    };
    if (wait <= 0) {
      context.runOnContext(flush);
    } else {
      vertx.setTimer(wait, t -> flush.handle(null));
    }
  }

  private void flush(long companyId) {
    CompanyFeed feed = index.feedIfKept(companyId);
    if (feed == null) {
      return;
    }
    List<Client> due = new ArrayList<>(clients.size());
    for (Client c : clients) {
      if (c.companyId == companyId && !blocked(c)) {
        due.add(c);
      }
    }
    catchUp(companyId, feed, due);
  }

  /**
   * Sends each client the feed items after what it has, up to the watermark, then its board — every frame
   * encoded once for all of them. A client whose queue fills up stops there; it gets the rest on drain.
   */
  private void catchUp(long companyId, CompanyFeed feed, List<Client> due) {
    if (due.isEmpty()) {
      return;
    }
    long upTo = index.appliedSeq();
    Map<StreamFrames.View, Future<Leaderboard>> tops = new HashMap<>();
    for (Client c : due) {
      tops.computeIfAbsent(c.view, v -> index.top(companyId, v.scope(), v.period(), v.rows())
          // A board that cannot be had now (an office just removed) leaves its streams with the items only.
          .recover(e -> Future.succeededFuture(null)));
    }
    onOwnLoop(Future.all(new ArrayList<>(tops.values())), all -> {
      Map<StreamFrames.View, SentBoard> boards = new HashMap<>();
      tops.forEach((view, top) -> {
        if (top.result() != null) {
          boards.put(view, sameAsSent(companyId, view, top.result()));
        }
      });
      StreamFrames frames = new StreamFrames(feed, upTo, boards);
      for (Client c : due) {
        if (c.open) {
          sendChunks(c, frames);
        }
      }
    });
  }

  private void sendChunks(Client c, StreamFrames frames) {
    List<StreamFrames.Chunk> chunks = frames.catchUp(c.sentUpTo, c.view, c.boardSent, c.patches);
    for (StreamFrames.Chunk chunk : chunks) {
      if (blocked(c)) {
        // The rest waits for the drain, in the shared feed: nothing queues up for this client alone.
        return;
      }
      write(c, chunk.bytes());
      c.sentUpTo = Math.max(c.sentUpTo, chunk.upTo());
    }
    if (!chunks.isEmpty() && frames.board(c.view) != null) {
      c.boardSent = frames.board(c.view);
    }
    c.sentUpTo = Math.max(c.sentUpTo, frames.upTo());
  }

  /** The board, as the instance already sent for this view when it is the same board. */
  private SentBoard sameAsSent(long companyId, StreamFrames.View view, Leaderboard board) {
    Map<StreamFrames.View, SentBoard> sent = boardsSent.computeIfAbsent(companyId, id -> new HashMap<>());
    SentBoard before = sent.get(view);
    if (before != null && before.board.equals(board)) {
      return before;
    }
    SentBoard next = new SentBoard(board);
    sent.put(view, next);
    return next;
  }

  /** True when the client's queue is full; it then gets one fresh board when it drains. */
  private boolean blocked(Client c) {
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
    } else if (now - c.blockedSince > DROP_BLOCKED_AFTER_MS) {
      remove(c);
      c.response.reset();
    }
    return true;
  }

  private void heartbeat() {
    for (Client c : new ArrayList<>(clients)) {
      if (!blocked(c)) {
        write(c, HEARTBEAT);
      }
    }
  }

  private static void send(Client c, SseEvent event) {
    write(c, StreamFrames.frame(event));
  }

  /** Writes bytes that may be shared with other streams (a Buffer written is never changed afterwards). */
  private static void write(Client c, Buffer bytes) {
    if (!c.response.closed()) {
      c.response.write(bytes);
    }
  }
}
