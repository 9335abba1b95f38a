package io.chorus.extension.worker;

import elemental2.dom.DomGlobal;
import elemental2.dom.Headers;
import elemental2.dom.RequestInit;
import elemental2.promise.Promise;
import io.chorus.extension.i18n.BrowserWords;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.wire.ApiError;
import io.chorus.shared.wire.WireException;

/**
 * The worker's only door to the server: fetch with the bearer token, JSON in and out. The worker (not
 * the content script) calls the server, because a content script's fetch is bound by the page's CORS;
 * the manifest's host permissions let the worker reach the configured server.
 */
final class ServerApi {
  private ServerApi() {}

  static Promise<ApiReply> get(String path, String token) {
    return call("GET", path, null, token, null);
  }

  static Promise<ApiReply> post(String path, String json, String token, String idempotencyKey) {
    return call("POST", path, json, token, idempotencyKey);
  }

  static Promise<ApiReply> put(String path, String json, String token) {
    return call("PUT", path, json, token, null);
  }

  private static Promise<ApiReply> call(String method, String path, String json, String token, String key) {
    return Settings.serverUrl().then(base -> {
      RequestInit init = RequestInit.create();
      init.setMethod(method);
      Headers headers = new Headers();
      headers.set("Accept", "application/json");
      if (json != null) {
        headers.set("Content-Type", "application/json");
        init.setBody(json);
      }
      if (token != null) {
        headers.set("Authorization", "Bearer " + token);
      }
      if (key != null) {
        headers.set("Idempotency-Key", key);
      }
      init.setHeaders(headers);
      return DomGlobal.fetch(base + path, init)
          .then(response -> response.text().then(text -> Promise.resolve(reply(response.status, text))))
          .catch_(failure -> Promise.resolve(new ApiReply(0, null, "unreachable",
              BrowserWords.get().get("w_unreachable", base))));
    });
  }

  private static ApiReply reply(int status, String text) {
    JsReader body;
    try {
      body = JsReader.parse(text);
    } catch (RuntimeException notJson) {
      return new ApiReply(status, null, "unexpected", "The server answered " + status + " without JSON.");
    }
    if (status >= 400 && body.has("error")) {
      try {
        ApiError error = ApiError.read(body);
        return new ApiReply(status, body, error.code(), error.message());
      } catch (WireException e) {
        return new ApiReply(status, body, "unexpected", "The server answered " + status + ".");
      }
    }
    return new ApiReply(status, body, null, null);
  }
}
