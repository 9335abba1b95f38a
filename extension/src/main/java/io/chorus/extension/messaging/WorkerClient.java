package io.chorus.extension.messaging;

import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.wire.JsReader;
import jsinterop.base.JsPropertyMap;

/** Sends a message to the worker and reads its answer; a worker that cannot be reached is an error answer. */
public final class WorkerClient {
  private WorkerClient() {}

  public static Promise<JsReader> send(JsPropertyMap<Object> message) {
    return Chrome.runtime.<Object>sendMessage(message)
        .then(reply -> Promise.resolve(reply == null
            ? error("The Chorus extension did not answer. Reload the page.")
            : new JsReader(reply)))
        .catch_(failure -> Promise.resolve(error("The Chorus extension is not reachable: " + failure
            + ". It may have been updated; reload the page.")));
  }

  private static JsReader error(String message) {
    return new JsReader(JsPropertyMap.of("status", Messages.ERROR, "message", message));
  }
}
