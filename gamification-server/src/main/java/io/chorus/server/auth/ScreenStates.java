package io.chorus.server.auth;

import io.chorus.server.loops.CallersLoop;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's view of the office screens: whether a screen's token still stands, and when each screen
 * was last seen — without a database write per request (500 screens opening at once must not queue 500
 * UPDATEs of one row).
 *
 * <p><b>Revocation.</b> A screen's state is read from PostgreSQL once and kept for {@link #TTL}; many
 * requests at once share one read. Revoking publishes {@code {"companyId":n,"screenId":"uuid"}} on
 * {@link #REVOKED} (published, so every node of a cluster hears it): each node forgets the screen as
 * standing at once, and its live streams end the screen's streams. A node that missed the message
 * still sees the revocation within {@link #TTL}, when its cached state expires. Revocation is final,
 * so a revoked screen stays known as revoked.
 *
 * <p><b>Last seen.</b> Each accepted request notes the time in memory; every
 * {@code CHORUS_SCREEN_SEEN_FLUSH_SECONDS} (and when the node stops) one UPDATE writes them all.
 */
public final class ScreenStates {
  private static final Logger log = LoggerFactory.getLogger(ScreenStates.class);

  /** Event bus address of revocations: {@code {"companyId":n,"screenId":"uuid"}}, published. */
  public static final String REVOKED = "chorus.screens.revoked";
  /** How long a node trusts what it read about a screen before reading it again. */
  public static final Duration TTL = Duration.ofSeconds(5);

  private record Key(UUID screenId, long companyId) {}

  private record State(Future<Boolean> stands, long readAtNanos) {
    boolean fresh(long now) {
      return now - readAtNanos < TTL.toNanos();
    }
  }

  private final Vertx vertx;
  private final AuthStore store;
  private final Duration flushEvery;
  private final Map<Key, State> states = new ConcurrentHashMap<>();
  private final Set<UUID> revoked = ConcurrentHashMap.newKeySet();
  private final Map<UUID, Long> seen = new ConcurrentHashMap<>();
  private MessageConsumer<JsonObject> revocations;
  private long flushTimer = -1;
  private Future<Void> flushing = Future.succeededFuture();

  public ScreenStates(Vertx vertx, AuthStore store, Duration flushEvery) {
    this.vertx = vertx;
    this.store = store;
    this.flushEvery = flushEvery;
  }

  /** Hears revocations (from any node) and starts the periodic last-seen flush. */
  public Future<Void> start() {
    revocations = vertx.eventBus().consumer(REVOKED, msg -> {
      String id = msg.body().getString("screenId");
      try {
        forget(UUID.fromString(id));
      } catch (IllegalArgumentException | NullPointerException e) {
        log.warn("Ignored a malformed screen revocation: {}", msg.body());
      }
    });
    flushTimer = vertx.setPeriodic(flushEvery.toMillis(), t -> flush());
    return revocations.completion();
  }

  /** Stops hearing revocations and writes what was seen since the last flush. */
  public Future<Void> stop() {
    if (flushTimer >= 0) {
      vertx.cancelTimer(flushTimer);
    }
    Future<Void> unregistered = revocations == null ? Future.succeededFuture() : revocations.unregister();
    return unregistered.eventually(this::flush);
  }

  /** Announces a revocation to every node (this one included). Call after the revocation committed. */
  public void announceRevoked(UUID screenId, long companyId) {
    forget(screenId);
    vertx.eventBus().publish(REVOKED, new JsonObject().put("companyId", companyId).put("screenId", screenId.toString()));
  }

  /** Whether this node knows the screen was revoked (no database read). */
  public boolean knownRevoked(UUID screenId) {
    return revoked.contains(screenId);
  }

  /**
   * Whether a screen's token stands (its screen exists in that company and is not revoked). A standing
   * screen is noted as seen now.
   */
  public Future<Boolean> stands(UUID screenId, long companyId) {
    if (revoked.contains(screenId)) {
      return Future.succeededFuture(false);
    }
    return state(new Key(screenId, companyId)).map(ok -> {
      // A revocation heard while the read was under way wins over what the read saw.
      boolean standing = ok && !revoked.contains(screenId);
      if (standing) {
        seen.merge(screenId, System.currentTimeMillis(), Math::max);
      }
      return standing;
    });
  }

  /** Writes every last-seen time noted since the last flush, in one statement. */
  public synchronized Future<Void> flush() {
    flushing = flushing.eventually(this::writeSeen);
    return flushing;
  }

  private Future<Void> writeSeen() {
    if (seen.isEmpty()) {
      return Future.succeededFuture();
    }
    List<UUID> ids = new ArrayList<>();
    List<OffsetDateTime> times = new ArrayList<>();
    for (UUID id : new ArrayList<>(seen.keySet())) {
      Long at = seen.remove(id);
      if (at != null) {
        ids.add(id);
        times.add(OffsetDateTime.ofInstant(Instant.ofEpochMilli(at), ZoneOffset.UTC));
      }
    }
    if (ids.isEmpty()) {
      return Future.succeededFuture();
    }
    return store.screensSeen(ids.toArray(UUID[]::new), times.toArray(OffsetDateTime[]::new))
        .recover(e -> {
          // Not lost: the next flush writes them (a newer time seen since wins).
          for (int i = 0; i < ids.size(); i++) {
            seen.merge(ids.get(i), times.get(i).toInstant().toEpochMilli(), Math::max);
          }
          log.warn("Could not record when {} screen(s) were last seen: {}", ids.size(), e.toString());
          return Future.succeededFuture();
        });
  }

  /** The screen's cached state, or one read shared by every request that asks while it is under way. */
  private Future<Boolean> state(Key key) {
    while (true) {
      long now = System.nanoTime();
      State current = states.get(key);
      if (current != null && (current.fresh(now) || !current.stands().isComplete())) {
        // Shared by every HTTP loop: answered on the asker's loop, not the first reader's.
        return CallersLoop.of(current.stands());
      }
      Promise<Boolean> promise = Promise.promise();
      State mine = new State(promise.future(), now);
      boolean won = current == null ? states.putIfAbsent(key, mine) == null : states.replace(key, current, mine);
      if (won) {
        read(key).onComplete(ar -> {
          if (ar.failed()) {
            states.remove(key, mine); // the next request reads again
          }
          promise.handle(ar);
        });
        return CallersLoop.of(promise.future());
      }
    }
  }

  private Future<Boolean> read(Key key) {
    return store.screenStands(key.screenId(), key.companyId())
        .onSuccess(stands -> {
          if (!stands) {
            // Revoked (or gone) is final: no need to read it again.
            revoked.add(key.screenId());
          }
        });
  }

  private void forget(UUID screenId) {
    revoked.add(screenId);
    states.keySet().removeIf(k -> k.screenId().equals(screenId));
    seen.remove(screenId);
  }
}
