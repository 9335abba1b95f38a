package io.chorus.extension.screen;

import elemental2.dom.DomGlobal;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.BoardPatch;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.ShareEvent;
import io.chorus.shared.wire.WireReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the screen connected for weeks: one stream at a time, one reconnect timer at most, one
 * one-second tick for the page's life (clock, "2 min ago", and the watchdog that treats a stream
 * silent for longer than three heartbeats as dead). The last board stays on screen while it
 * reconnects; a dead link stops everything. It asks for board patches: after the first whole board of a
 * connection, what changed; a patch that does not apply to the board on screen is never shown, and the
 * screen reconnects (a new connection starts with a whole board).
 */
final class LiveScreen implements StreamConnection.Listener {
  /** The server sends a heartbeat every 15 s; three missed ones mean the connection is gone. */
  static final int SILENCE_MILLIS = 45_000;
  /** What fits a 16:9 screen at this size; the server's snapshot has a few more, which are dropped. */
  static final int FEED_SHOWN = 5;

  private final ScreenLink link;
  private final ScreenView view;
  private final Backoff backoff = new Backoff(Math::random);
  private final Feed feed = new Feed(FEED_SHOWN);
  private StreamConnection connection;
  private Leaderboard board;
  private boolean sawData;
  private String lastEventId;
  private int retryHint = -1;
  private double ticker;
  private boolean stopped;

  LiveScreen(ScreenLink link, ScreenView view) {
    this.link = link;
    this.view = view;
  }

  void start() {
    connect();
    ticker = DomGlobal.setInterval(ignored -> tick(), 1_000);
  }

  private void connect() {
    connection = new StreamConnection(this);
    connection.open(link.streamPath(), link.token(), lastEventId);
  }

  @Override
  public void event(SseEvent event) {
    if (event.id() != null) {
      lastEventId = event.id();
    }
    try {
      switch (event.type()) {
        case "board":
          onBoard(Leaderboard.read(JsReader.parse(event.data())));
          break;
        case BoardPatch.EVENT:
          onPatch(BoardPatch.read(JsReader.parse(event.data())));
          break;
        case "recent":
          onRecent(JsReader.parse(event.data()));
          break;
        case "share":
          live(FeedItem.of(ShareEvent.read(JsReader.parse(event.data()))));
          break;
        case "kudos":
          live(FeedItem.of(KudosEvent.read(JsReader.parse(event.data()))));
          break;
        case "badge":
          live(FeedItem.of(BadgeEvent.read(JsReader.parse(event.data()))));
          break;
        case "revoked":
          // The liaison revoked this link while the screen was showing it: stop, never reconnect.
          revokedWhileOpen();
          break;
        default:
          break;
      }
    } catch (RuntimeException e) {
      // One malformed event must not take the screen down; the next board repairs the picture.
      DomGlobal.console.warn("Chorus screen: skipped a '" + event.type() + "' event: " + e.getMessage());
    }
  }

  private void revokedWhileOpen() {
    StreamConnection open = connection;
    if (open != null) {
      open.close();
      ended(open, StreamEnd.revokedWhileOpen());
    }
  }

  private void onBoard(Leaderboard next) {
    List<BoardDiff.Change> changes = BoardDiff.of(board, next);
    board = next;
    view.board(next, changes);
    view.status(HeaderView.Status.LIVE);
    backoff.reset();
    sawData = true;
  }

  private void onPatch(BoardPatch patch) {
    Leaderboard next = patch.apply(board);
    if (next != null) {
      onBoard(next);
      return;
    }
    // Not the board on screen (an event was skipped, or a bug): showing a wrong board is worse than a
    // moment of "Reconnecting…", and the next connection opens with a whole board.
    StreamConnection open = connection;
    if (open != null) {
      open.close();
      ended(open, StreamEnd.retry("a board patch for another board than the one shown"));
    }
  }

  private void live(FeedItem item) {
    if (feed.add(item)) {
      view.feed(feed.items(), true, now());
    }
  }

  /** The snapshot on (re)connect: {shares, kudos, badges}, each newest first; a missing list is empty. */
  private void onRecent(WireReader data) {
    List<FeedItem> items = new ArrayList<>();
    for (WireReader r : data.objects("shares")) {
      items.add(FeedItem.of(ShareEvent.read(r)));
    }
    for (WireReader r : data.objects("kudos")) {
      items.add(FeedItem.of(KudosEvent.read(r)));
    }
    for (WireReader r : data.objects("badges")) {
      items.add(FeedItem.of(BadgeEvent.read(r)));
    }
    feed.replaceAll(items);
    // After a reconnect, what happened during the outage slides in; on first load nothing "arrives".
    view.feed(feed.items(), sawData, now());
  }

  @Override
  public void ended(StreamConnection ended, StreamEnd end) {
    if (ended != connection || stopped) {
      return;
    }
    connection = null;
    if (end.stops()) {
      stopped = true;
      DomGlobal.clearInterval(ticker);
      if (end.revoked()) {
        view.message("This screen link was revoked", ScreenView.DEAD_LINK);
      } else if (end.deadLink()) {
        view.message("This screen needs a new link", ScreenView.DEAD_LINK);
      } else {
        view.message("This screen link needs fixing", ScreenView.BAD_ADDRESS);
      }
      return;
    }
    if (ended.retryMillis() >= 0) {
      retryHint = ended.retryMillis();
    }
    int delay = backoff.next(retryHint);
    DomGlobal.console.info("Chorus screen: stream ended (" + end.reason() + "); reconnecting in " + delay + " ms");
    if (sawData) {
      view.status(HeaderView.Status.RECONNECTING);
    } else {
      view.waiting(ScreenText.t("reach"));
    }
    DomGlobal.setTimeout(ignored -> connect(), delay);
  }

  private void tick() {
    long now = now();
    view.tick(now);
    if (connection != null && now - connection.lastActivity() > SILENCE_MILLIS) {
      StreamConnection silent = connection;
      silent.close();
      ended(silent, StreamEnd.retry("no data or heartbeat for " + SILENCE_MILLIS / 1000 + " s"));
    }
  }

  private static long now() {
    return (long) elemental2.core.JsDate.now();
  }
}
