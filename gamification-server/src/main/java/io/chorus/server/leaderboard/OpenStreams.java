package io.chorus.server.leaderboard;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live streams open on one HTTP event loop, in the order they opened, and that loop. They are
 * touched on this loop only: every write happens on the loop of the connections it writes to, and no
 * set of 10,000 streams is shared between threads.
 */
final class OpenStreams {
  static final int VIEWS_SHARED = 1_000;
  private final Context context;
  private final Set<StreamClient> clients = new LinkedHashSet<>();
  /** One instance per distinct view of this loop's streams (see {@link #shared}). */
  private final Map<StreamFrames.View, StreamFrames.View> views = new HashMap<>();

  /** The streams of the loop that calls this (an HTTP verticle's, in its start). */
  OpenStreams(Vertx vertx) {
    this.context = vertx.getOrCreateContext();
  }

  Context context() {
    return context;
  }

  /**
   * The instance this loop's streams of that view share, so a flush finds a run of streams of one view by
   * identity and looks its board up once, not once per stream. Only the first {@link #VIEWS_SHARED}
   * distinct views are kept (a stream of any other keeps its own instance: only slower), so no request
   * can grow this without bound.
   */
  StreamFrames.View shared(StreamFrames.View view) {
    if (Vertx.currentContext() != context) {
      return view; // the map is this loop's only
    }
    StreamFrames.View known = views.get(view);
    if (known != null) {
      return known;
    }
    if (views.size() < VIEWS_SHARED) {
      views.put(view, view);
    }
    return view;
  }

  void add(StreamClient c) {
    c.open = true;
    clients.add(c);
  }

  void remove(StreamClient c) {
    c.open = false;
    clients.remove(c);
  }

  /** How many are open (a metrics gauge reads it from another thread; a stale count is fine). */
  int size() {
    return clients.size();
  }

  /** The open streams in opening order (iterate it without removing; see {@link #copy}). */
  Iterable<StreamClient> all() {
    return clients;
  }

  /** A copy, for a loop that may end some of the streams it visits. */
  List<StreamClient> copy() {
    return new ArrayList<>(clients);
  }

  /**
   * Runs {@code then} on this loop — at once when {@code f} is already complete here (the usual case:
   * boards and feeds are in memory) — so the open streams are only ever touched from here.
   */
  <T> void onOwnLoop(Future<T> f, Handler<AsyncResult<T>> then) {
    if (f.isComplete() && Vertx.currentContext() == context) {
      then.handle(f);
    } else {
      f.onComplete(done -> context.runOnContext(v -> then.handle(done)));
    }
  }
}
