package io.chorus.server.leaderboard;

import io.chorus.server.auth.Caller;
import io.chorus.server.auth.ScreenStates;
import io.chorus.server.http.JsonWriter;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.wire.ApiError;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.ContestBoard;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.ShareEvent;
import io.chorus.shared.wire.WireWriter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Server-sent events for office screens and popups, one instance per HTTP verticle (so every write
 * happens on the connection's own event loop). Events: {@code board} (the ranking of the stream's scope
 * — company, office or team — id = ledger seq), {@code recent} (on connect:
 * {@code {"shares":[…],"kudos":[…],"badges":[…]}}, newest first) and then {@code share} (id = ledger
 * seq), {@code kudos} and {@code badge} for each new item of the company's feed, and {@code contest}
 * (a ContestBoard) whenever one of the company's contests gets an entry or a click or changes state
 * (published once per change, by the node where it happened, to every node). Bursts are
 * coalesced for {@link #COALESCE_MS} — well inside the one-second promise. A screen that cannot keep
 * up gets no backlog: it is skipped while its queue is full and sent one fresh board when it drains.
 *
 * <p>A screen whose link is revoked gets one {@code revoked} event
 * ({@code {"error":{"code":"token_revoked",…}}}) and its stream ends: at once when the revocation is
 * heard on the event bus ({@link ScreenStates#REVOKED}, from any node), else at the next re-check of
 * open screen streams ({@link #RECHECK_MS}), which also covers a missed bus message.
 */
public final class LeaderboardStream {
  static final long COALESCE_MS = 100;
  static final long HEARTBEAT_MS = 15_000;
  static final long DROP_BLOCKED_AFTER_MS = 60_000;
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
  private final List<Client> clients = new ArrayList<>();
  private final Set<Long> flushScheduled = new HashSet<>();
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
    final BoardScope scope;
    final Period period;
    final int rows;
    /** The screen this stream feeds, or null for an employee's stream. */
    final UUID screenId;
    /** The employee whose stream this is (0 for a screen's). */
    final long employeeId;
    long lastStamp;
    long blockedSince;

    Client(HttpServerResponse response, long companyId, BoardScope scope, Period period, int rows, UUID screenId,
        long employeeId) {
      this.employeeId = employeeId;
      this.response = response;
      this.companyId = companyId;
      this.scope = scope;
      this.period = period;
      this.rows = rows;
      this.screenId = screenId;
    }

    Future<Leaderboard> board(LeaderboardIndex index) {
      return index.top(companyId, scope, period, rows);
    }
  }

  public LeaderboardStream(Vertx vertx, LeaderboardIndex index, ScreenStates screens) {
    this.vertx = vertx;
    this.index = index;
    this.screens = screens;
  }

  /** Listens for board changes and screen revocations; call from the owning verticle's start. */
  public Future<Void> start() {
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
      endWithRetryHint(c.response);
    }
    clients.clear();
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

  /** How many streams are open (a metrics gauge reads it from another thread; a stale count is fine). */
  public int connected() {
    return clients.size();
  }

  void open(RoutingContext ctx, Caller caller, BoardScope scope, Period period, int rows) {
    HttpServerResponse response = ctx.response()
        .setChunked(true)
        .putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-cache, no-store")
        .putHeader("X-Accel-Buffering", "no");
    Client client = new Client(response, caller.companyId(), scope, period, rows, screenOf(caller),
        caller.screenId() == null ? caller.employeeId() : 0);
    Future.all(client.board(index), index.recent(caller.companyId()))
        .onSuccess(both -> {
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
          RecentFeed.Snapshot recent = both.resultAt(1);
          client.lastStamp = recent.stamp();
          response.write("retry: " + RETRY_MS + "\n\n");
          send(client, new SseEvent(null, "recent", new JsonObject()
              .put("shares", array(recent.shares(), s -> s::write))
              .put("kudos", array(recent.kudos(), k -> k::write))
              .put("badges", array(recent.badges(), b -> b::write)).encode()));
          sendBoard(client, both.resultAt(0));
          clients.add(client);
          response.closeHandler(v -> clients.remove(client));
          response.exceptionHandler(e -> clients.remove(client));
        })
        .onFailure(ctx::fail);
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

  /** Asks again whether each open screen stream's link stands (cached per node, so one read per screen). */
  private void recheckScreens() {
    for (Client c : new ArrayList<>(clients)) {
      if (c.screenId != null) {
        screens.stands(c.screenId, c.companyId).onSuccess(stands -> {
          if (!stands) {
            endRevoked(c);
          }
        });
      }
    }
  }

  private void endRevoked(Client c) {
    clients.remove(c);
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
    SseEvent event = new SseEvent(null, ContestBoard.EVENT, message.getJsonObject("board").encode());
    for (Client c : new ArrayList<>(clients)) {
      if (c.companyId == companyId && !blocked(c)) {
        send(c, event);
      }
    }
  }

  private void scheduleFlush(long companyId) {
    if (flushScheduled.add(companyId)) {
      vertx.setTimer(COALESCE_MS, t -> {
        flushScheduled.remove(companyId);
        flush(companyId);
      });
    }
  }

  private void flush(long companyId) {
    List<Client> watching = clients.stream().filter(c -> c.companyId == companyId).toList();
    if (watching.isEmpty()) {
      return;
    }
    long oldest = watching.stream().mapToLong(c -> c.lastStamp).min().orElse(0);
    index.recentSince(companyId, oldest).onSuccess(recent -> {
      for (Client c : watching) {
        if (blocked(c)) {
          continue;
        }
        for (RecentFeed.Stamped item : recent) {
          if (item.stamp() > c.lastStamp) {
            send(c, feedEvent(item.event()));
            c.lastStamp = item.stamp();
          }
        }
        c.board(index).onSuccess(board -> sendBoard(c, board));
      }
    });
  }

  private static SseEvent feedEvent(Object event) {
    if (event instanceof ShareEvent s) {
      return new SseEvent(String.valueOf(s.seq()), "share", JsonWriter.encode(s::write).encode());
    }
    if (event instanceof KudosEvent k) {
      return new SseEvent(null, "kudos", JsonWriter.encode(k::write).encode());
    }
    BadgeEvent b = (BadgeEvent) event;
    return new SseEvent(null, "badge", JsonWriter.encode(b::write).encode());
  }

  private static <T> JsonArray array(List<T> events, Function<T, Consumer<WireWriter>> writer) {
    JsonArray out = new JsonArray();
    events.forEach(e -> out.add(JsonWriter.encode(writer.apply(e))));
    return out;
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
        c.board(index).onSuccess(board -> sendBoard(c, board));
      });
    } else if (now - c.blockedSince > DROP_BLOCKED_AFTER_MS) {
      clients.remove(c);
      c.response.reset();
    }
    return true;
  }

  private void heartbeat() {
    for (Client c : new ArrayList<>(clients)) {
      if (!blocked(c)) {
        c.response.write(": heartbeat\n\n");
      }
    }
  }

  private void sendBoard(Client c, Leaderboard board) {
    send(c, new SseEvent(String.valueOf(board.seq()), "board", JsonWriter.encode(board::write).encode()));
  }

  private static void send(Client c, SseEvent event) {
    if (!c.response.closed()) {
      c.response.write(event.format());
    }
  }
}
