package io.chorus.extension.screen;

import com.google.gwt.core.client.EntryPoint;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.dom.URLSearchParams;

/**
 * The office screen (screen.js, served at /screen/screen.js into the server's page shell): the
 * company's (or one office's or team's) live leaderboard and latest activity on a lobby TV, for weeks
 * without a reload. The link is {@code /screen[?period=month&office=3]#t=<display token>}; see
 * {@link ScreenLink} and {@link LiveScreen}.
 */
public final class ScreenMain implements EntryPoint {
  @Override
  public void onModuleLoad() {
    // The server's shell has <main id="chorus-screen">; fall back to <body> on a bare page.
    HTMLElement root = (HTMLElement) DomGlobal.document.getElementById("chorus-screen");
    if (root == null) {
      root = DomGlobal.document.body;
    }
    // Pasting a new link into the same tab changes only the fragment, which reloads nothing: start over.
    DomGlobal.window.addEventListener("hashchange", e -> DomGlobal.location.reload());

    // ?lang=lv|nl|ru|ms|it: the screen's words (a TV's browser language is rarely the office's).
    ScreenText.use(new URLSearchParams(DomGlobal.location.search).get("lang"));
    DomGlobal.document.documentElement.setAttribute("lang", ScreenText.language());
    ScreenView view = new ScreenView(root);
    ScreenLink link = ScreenLink.parse(DomGlobal.location.search, DomGlobal.location.hash);
    if (!link.hasToken()) {
      view.message("This screen needs its link", ScreenView.NO_TOKEN);
      return;
    }
    if (link.isContest()) {
      new ContestScreen(link, new ContestScreenView(root)).start();
    } else {
      new LiveScreen(link, view).start();
    }
  }
}
