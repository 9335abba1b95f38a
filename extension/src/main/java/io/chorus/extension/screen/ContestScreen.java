package io.chorus.extension.screen;

import elemental2.dom.DomGlobal;
import elemental2.dom.Headers;
import elemental2.dom.RequestInit;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ContestBoard;
import io.chorus.shared.wire.ContestResults;
import io.chorus.shared.wire.ContestStatus;
import io.chorus.shared.wire.WireReader;
import java.util.function.Consumer;

/**
 * The office screen's contest view ({@code /screen?contest=<id>#t=…}): the contest's board and latest
 * entries, replaced by every {@code contest} event of that contest on the live stream (so an entry shows
 * within a second), a countdown to the end, and then the winners (provisional while late reports may
 * still arrive, final with the draw's seed once the grace period is over). The stream is the company's
 * leaderboard stream: on every (re)connect the board is read again, so nothing missed while it was away
 * stays missing. Connection handling is the leaderboard's: backoff, a watchdog for a silent stream, a
 * dead link stops everything.
 */
final class ContestScreen implements StreamConnection.Listener {
  /** After the countdown reaches zero, how often to ask whether the server has closed the contest. */
  static final int CLOSING_POLL_MILLIS = 3_000;

  private final ScreenLink link;
  private final ContestScreenView view;
  private final Backoff backoff = new Backoff(Math::random);
  private final long contestId;
  private StreamConnection connection;
  private ContestBoard board;
  private ContestResults results;
  private String lastEventId;
  private int retryHint = -1;
  private double ticker;
  private long lastPoll;
  private boolean stopped;

  ContestScreen(ScreenLink link, ContestScreenView view) {
    this.link = link;
    this.view = view;
    this.contestId = Long.parseLong(link.contest());
  }

  void start() {
    refresh();
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
      if (ContestBoard.EVENT.equals(event.type())) {
        ContestBoard next = ContestBoard.read(JsReader.parse(event.data()));
        if (next.contestId() == contestId) {
          show(next);
        }
      } else if ("board".equals(event.type())) {
        // The stream's first event after a (re)connect (always a whole board; the patches that follow
        // are of no interest here): the contest may have moved while it was away.
        view.live(true);
        backoff.reset();
        refresh();
      } else if ("revoked".equals(event.type())) {
        StreamConnection open = connection;
        if (open != null) {
          open.close();
          ended(open, StreamEnd.revokedWhileOpen());
        }
      }
    } catch (RuntimeException e) {
      DomGlobal.console.warn("Chorus screen: skipped a '" + event.type() + "' event: " + e.getMessage());
    }
  }

  private void refresh() {
    get(ApiPaths.CONTEST_BOARD, r -> show(ContestBoard.read(r)));
  }

  private void show(ContestBoard next) {
    ContestStatus was = board == null ? null : board.status();
    board = next;
    view.board(next, now());
    boolean over = next.status() == ContestStatus.ENDED || next.status() == ContestStatus.FINAL;
    if (over && (next.status() != was || results == null || !results.isFinal())) {
      get(ApiPaths.CONTEST_RESULTS, r -> {
        results = ContestResults.read(r);
        view.results(results);
      });
    }
  }

  /** A GET of one of the contest's addresses with the screen's token; a refusal ends the screen like the stream's. */
  private void get(String path, Consumer<WireReader> ok) {
    Headers headers = new Headers();
    headers.set("Authorization", "Bearer " + link.token());
    headers.set("Accept", "application/json");
    RequestInit init = RequestInit.create();
    init.setHeaders(headers);
    init.setCache("no-store");
    init.setCredentials("omit");
    DomGlobal.fetch(path.replace(":id", String.valueOf(contestId)), init).then(response -> response.text()
        .then(text -> {
          if (stopped) {
            return null;
          }
          if (response.status == 200) {
            ok.accept(JsReader.parse(text));
          } else if (response.status == 404) {
            stop(StreamEnd.refused(404, "contest_not_found"));
          } else if (response.status == 401 || response.status == 403) {
            stop(StreamEnd.refused(response.status, null));
          }
          return null;
        }), failed -> null);
  }

  @Override
  public void ended(StreamConnection ended, StreamEnd end) {
    if (ended != connection || stopped) {
      return;
    }
    connection = null;
    if (end.stops()) {
      stop(end);
      return;
    }
    if (ended.retryMillis() >= 0) {
      retryHint = ended.retryMillis();
    }
    view.live(false);
    DomGlobal.setTimeout(ignored -> connect(), backoff.next(retryHint));
  }

  private void stop(StreamEnd end) {
    if (stopped) {
      return;
    }
    stopped = true;
    DomGlobal.clearInterval(ticker);
    if (connection != null) {
      connection.close();
      connection = null;
    }
    if (end.revoked()) {
      view.message("This screen link was revoked", ScreenView.DEAD_LINK);
    } else if (end.deadLink()) {
      view.message("This screen needs a new link", ScreenView.DEAD_LINK);
    } else {
      view.message("This contest is not there", ContestScreenView.NO_CONTEST);
    }
  }

  private void tick() {
    long now = now();
    view.tick(now);
    // The server closes a contest at its end; until its event arrives, ask now and then.
    if (board != null && board.status() == ContestStatus.LIVE && now >= board.endsAt()
        && now - lastPoll >= CLOSING_POLL_MILLIS) {
      lastPoll = now;
      refresh();
    }
    if (connection != null && now - connection.lastActivity() > LiveScreen.SILENCE_MILLIS) {
      StreamConnection silent = connection;
      silent.close();
      ended(silent, StreamEnd.retry("no data or heartbeat"));
    }
  }

  private static long now() {
    return (long) elemental2.core.JsDate.now();
  }
}
