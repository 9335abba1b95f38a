package io.chorus.extension.screen;

import elemental2.dom.HTMLElement;
import io.chorus.extension.ui.Nodes;
import io.chorus.shared.wire.Leaderboard;
import java.util.List;

/**
 * The whole screen inside the page's {@code <main id="chorus-screen">}: the shell's "Connecting…"
 * line until the first data arrives, then header, board and latest activity — or, when the screen
 * cannot work at all, one plain message.
 */
final class ScreenView {
  static final String DEAD_LINK = "This screen link is no longer valid. Ask your advocacy liaison for a new one.";
  static final String BAD_ADDRESS = "Chorus does not know the board this link asks for: check the period, "
      + "office or team after /screen? in the address, or ask your advocacy liaison for the screen's link.";
  static final String NO_TOKEN = "This page shows your company's live Chorus leaderboard, but it was opened "
      + "without its screen link. Open the office-screen link your advocacy liaison gave you: "
      + "it ends in #t= followed by a long code.";

  private final HTMLElement root;
  private final HeaderView header = new HeaderView();
  private final BoardView board = new BoardView();
  private final FeedView feed = new FeedView();
  private boolean mounted;

  ScreenView(HTMLElement root) {
    this.root = root;
  }

  /** Before the first data: a line of text where the shell said "Connecting to Chorus…". */
  void waiting(String text) {
    if (!mounted) {
      root.textContent = "";
      root.appendChild(Nodes.text("p", "screen-loading", text));
    }
  }

  void board(Leaderboard b, List<BoardDiff.Change> changes) {
    mount();
    header.board(b);
    board.show(b, changes);
  }

  void feed(List<FeedItem> items, boolean animate, long now) {
    mount();
    feed.show(items, animate, now);
  }

  void status(HeaderView.Status status) {
    header.status(status);
    root.classList.toggle("screen--offline", status == HeaderView.Status.RECONNECTING);
  }

  /** Replaces everything with one message: the screen has nothing else it can usefully do. */
  void message(String title, String text) {
    mounted = false;
    root.textContent = "";
    root.className = "screen-message";
    Nodes.append(root,
        Nodes.text("p", "message-brand", "Chorus"),
        Nodes.text("h1", "message-title", title),
        Nodes.text("p", "message-text", text));
  }

  void tick(long now) {
    header.tick();
    feed.tick(now);
  }

  private void mount() {
    if (!mounted) {
      mounted = true;
      root.textContent = "";
      root.className = "screen";
      HTMLElement body = Nodes.append(Nodes.el("div", "screen-body"), board.element(), feed.element());
      root.appendChild(header.element());
      root.appendChild(body);
      header.tick();
    }
  }
}
