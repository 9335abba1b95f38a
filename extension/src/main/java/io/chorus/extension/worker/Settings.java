package io.chorus.extension.worker;

import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.messaging.Prefs;
import io.chorus.extension.wire.JsReader;
import io.chorus.shared.wire.Session;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * What the worker remembers, in chrome.storage.local (never in statics: Chrome stops an idle worker):
 * the server address, set on the options page, and the signed-in session.
 */
final class Settings {
  static final String SERVER_URL = "serverUrl";
  static final String SESSION = "session";

  private Settings() {}

  /** Whether the employee paused Chorus in the popup (nothing read, nothing reported). */
  static Promise<Boolean> paused() {
    return Chrome.storage.getLocal().get(Prefs.PAUSED).then(items -> Promise.resolve(Js.isTruthy(items.get(Prefs.PAUSED))));
  }

  static Promise<String> serverUrl() {
    return Chrome.storage.getLocal().get(SERVER_URL).then(items -> {
      Object url = items.get(SERVER_URL);
      String s = url == null ? Messages.DEFAULT_SERVER_URL : Js.asString(url);
      return Promise.resolve(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    });
  }

  /** The stored session (token + profile) when it has not expired, else null. */
  static Promise<Session> session() {
    return Chrome.storage.getLocal().get(SESSION).then(items -> {
      Object stored = items.get(SESSION);
      if (stored == null) {
        return Promise.resolve((Session) null);
      }
      Session session = Session.read(new JsReader(stored));
      return Promise.resolve(session.expiresAt() > (long) elemental2.core.JsDate.now() ? session : null);
    });
  }

  static Promise<Void> saveSession(JsPropertyMap<Object> sessionJson) {
    return Chrome.storage.getLocal().set(JsPropertyMap.of(SESSION, sessionJson));
  }

  static Promise<Void> forgetSession() {
    return Chrome.storage.getLocal().remove(SESSION);
  }
}
