package io.chorus.extension.console;

import elemental2.core.Global;
import elemental2.dom.Blob;
import elemental2.dom.DomGlobal;
import elemental2.dom.Headers;
import elemental2.dom.RequestInit;
import elemental2.promise.Promise;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.WireReader;
import java.util.function.Consumer;

/**
 * The console's only door to the server: same-origin fetches that carry the session cookie (the
 * browser adds it; no script can read it) and, on every change, the session's anti-forgery token as
 * {@code X-CSRF-Token}. An ended session (401) or a person who is no liaison (403 liaisons_only) is
 * handed to the app, whatever page asked; every other refusal goes back to the caller as an
 * {@link ApiProblem}, to be shown next to its field.
 */
final class ConsoleApi {
  /** What the app does when the session is over or was never a liaison's. */
  interface SessionListener {
    void ended(ApiProblem why);

    void notLiaison();
  }

  private final SessionListener listener;
  private String csrfToken;

  ConsoleApi(SessionListener listener) {
    this.listener = listener;
  }

  void csrfToken(String token) {
    this.csrfToken = token;
  }

  void get(String path, Consumer<WireReader> ok, Consumer<ApiProblem> failed) {
    call("GET", path, null, ok, failed);
  }

  void post(String path, Object body, Consumer<WireReader> ok, Consumer<ApiProblem> failed) {
    call("POST", path, body, ok, failed);
  }

  void put(String path, Object body, Consumer<WireReader> ok, Consumer<ApiProblem> failed) {
    call("PUT", path, body, ok, failed);
  }

  void delete(String path, Consumer<WireReader> ok, Consumer<ApiProblem> failed) {
    call("DELETE", path, null, ok, failed);
  }

  /** Sends a file as it is (a CSV the liaison picked), with its type; the answer as for any change. */
  void upload(String path, Blob file, String contentType, Consumer<WireReader> ok, Consumer<ApiProblem> failed) {
    RequestInit init = init("POST");
    Headers headers = headers("POST");
    headers.set("Content-Type", contentType);
    init.setHeaders(headers);
    init.setBody(file);
    send(path, init, ok, failed, true);
  }

  /** Like {@link #call}, but 401 and 403 go to the caller too (signing in, checking the session). */
  void session(String method, String path, Object body, Consumer<WireReader> ok, Consumer<ApiProblem> failed) {
    fetch(method, path, body, ok, failed, false);
  }

  private void call(String method, String path, Object body, Consumer<WireReader> ok, Consumer<ApiProblem> failed) {
    fetch(method, path, body, ok, failed, true);
  }

  private void fetch(String method, String path, Object body, Consumer<WireReader> ok, Consumer<ApiProblem> failed,
      boolean sessionToApp) {
    RequestInit init = init(method);
    Headers headers = headers(method);
    if (body != null) {
      headers.set("Content-Type", "application/json");
      init.setBody(Global.JSON.stringify(body));
    }
    init.setHeaders(headers);
    send(path, init, ok, failed, sessionToApp);
  }

  private static RequestInit init(String method) {
    RequestInit init = RequestInit.create();
    init.setMethod(method);
    init.setCredentials("same-origin");
    init.setCache("no-store");
    // The page's policy is no-referrer, under which a browser sends "Origin: null" with a change; for our
    // own origin only, say where we are, so the server can tell its own page from another site's.
    init.setReferrerPolicy("same-origin");
    return init;
  }

  private Headers headers(String method) {
    Headers headers = new Headers();
    headers.set("Accept", "application/json");
    if (!"GET".equals(method) && csrfToken != null) {
      headers.set(ApiPaths.CSRF_HEADER, csrfToken);
    }
    return headers;
  }

  private void send(String path, RequestInit init, Consumer<WireReader> ok, Consumer<ApiProblem> failed,
      boolean sessionToApp) {
    DomGlobal.fetch(path, init)
        .then(response -> response.text().then(text -> {
          try {
            answer(response.status, text, ok, failed, sessionToApp);
          } catch (RuntimeException bug) {
            // A fault in a page's own code is no network failure: say so in the console, not as "unreachable".
            DomGlobal.console.error("Chorus console: " + bug);
          }
          return Promise.resolve((Object) null);
        }))
        .catch_(error -> {
          failed.accept(ApiProblem.unreachable());
          return Promise.resolve((Object) null);
        });
  }

  private void answer(int status, String text, Consumer<WireReader> ok, Consumer<ApiProblem> failed,
      boolean sessionToApp) {
    JsReader body = null;
    try {
      body = JsReader.parse(text);
    } catch (RuntimeException notJson) {
      // answered below
    }
    if (status >= 200 && status < 300 && body != null) {
      ok.accept(body);
      return;
    }
    ApiProblem problem = problem(status, body);
    if (sessionToApp && status == 401) {
      listener.ended(problem);
    } else if (sessionToApp && problem.is(ErrorCode.LIAISONS_ONLY)) {
      listener.notLiaison();
    } else {
      failed.accept(problem);
    }
  }

  private static ApiProblem problem(int status, JsReader body) {
    if (body != null && body.has("error")) {
      try {
        WireReader error = body.object("error");
        String field = null;
        try {
          field = error.optString("field");
        } catch (RuntimeException notAName) {
          // the message may still name it
        }
        return ApiProblem.of(status, error.optString("code"), error.optString("message"), field);
      } catch (RuntimeException malformed) {
        // answered below
      }
    }
    return ApiProblem.of(status, null, status >= 500 ? "The server had a problem. Try again in a moment."
        : "The server answered " + status + ".", null);
  }
}
