package io.chorus.extension.console;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ConsoleSession;
import io.chorus.shared.wire.ErrorCode;
import jsinterop.base.JsPropertyMap;

/**
 * The console's states: asking whether the browser already has a session, signing in, the
 * "liaisons only" page, and the signed-in console ({@link Shell}). The session itself is the
 * browser's HttpOnly cookie; this page holds only its anti-forgery token, in memory.
 */
final class ConsoleApp implements ConsoleApi.SessionListener {
  private final HTMLElement root;
  private final ConsoleApi api = new ConsoleApi(this);
  private Shell shell;

  ConsoleApp(HTMLElement root) {
    this.root = root;
  }

  void start() {
    DomGlobal.window.addEventListener("hashchange", e -> {
      if (shell != null) {
        shell.route();
      }
    });
    api.session("GET", ApiPaths.CONSOLE_SESSION, null, reply -> signedIn(ConsoleSession.read(reply)), problem -> {
      if (problem.is(ErrorCode.LIAISONS_ONLY)) {
        notLiaison();
      } else if (problem.status() == 401) {
        // No session yet (or an old one): nothing to say but "sign in".
        showSignIn(null);
      } else {
        showSignIn(problem.message());
      }
    });
  }

  private void signedIn(ConsoleSession session) {
    api.csrfToken(session.csrfToken());
    shell = new Shell(api, session.profile(), this::signOut);
    show(shell.element());
    shell.route();
  }

  @Override
  public void ended(ApiProblem why) {
    showSignIn(why.message());
  }

  @Override
  public void notLiaison() {
    shell = null;
    api.csrfToken(null);
    show(new LiaisonsOnlyView(() -> showSignIn(null)).element());
  }

  private void signOut() {
    api.session("POST", ApiPaths.CONSOLE_SIGN_OUT, JsPropertyMap.of(),
        reply -> showSignIn("You are signed out."), problem -> showSignIn(problem.message()));
  }

  private void showSignIn(String message) {
    shell = null;
    api.csrfToken(null);
    SignInView view = new SignInView(api, message, this::signedIn, this::notLiaison);
    show(view.element());
    view.focus();
  }

  private void show(HTMLElement view) {
    Ui.clear(root);
    root.appendChild(view);
  }
}
