package io.chorus.extension.worker;

import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.dom.NativeDom;
import io.chorus.extension.messaging.Messages;
import io.chorus.extension.wire.JsWriter;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.KudosOptions;
import io.chorus.shared.wire.KudosRequest;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Kudos through the worker: the options (colleagues, values, what is left of the weekly budget) and
 * giving one. The attempt in flight — its key and body — is kept in chrome.storage.local before it is
 * sent, so that neither a closed popup nor a stopped worker turns a retry into a second kudos (see
 * {@link KudosAttempt}).
 */
final class KudosSender {
  static final String PENDING = "kudosPending";

  private KudosSender() {}

  static Promise<JsPropertyMap<Object>> options() {
    return Settings.session().then(session -> session == null
        ? Promise.resolve(WorkerRouter.status(Messages.SIGNED_OUT))
        : ServerApi.get(ApiPaths.KUDOS_OPTIONS, session.token()).then(reply -> {
          if (reply.ok()) {
            KudosOptions.read(reply.body());
            return Promise.resolve(JsPropertyMap.of("status", Messages.OK, "options", reply.body().raw()));
          }
          return WorkerRouter.signedOutOr(reply);
        }));
  }

  static Promise<JsPropertyMap<Object>> give(KudosRequest kudos) {
    String body = JsWriter.json(kudos::write);
    return Settings.session().then(session -> {
      if (session == null) {
        return Promise.resolve(WorkerRouter.status(Messages.SIGNED_OUT));
      }
      return Chrome.storage.getLocal().get(PENDING).then(items -> {
        Object stored = items.get(PENDING);
        JsPropertyMap<Object> pending = stored == null ? JsPropertyMap.of() : Js.asPropertyMap(stored);
        String key = KudosAttempt.keyFor(body, string(pending.get("key")), string(pending.get("body")),
            NativeDom::randomUuid);
        return Chrome.storage.getLocal().set(JsPropertyMap.of(PENDING, JsPropertyMap.of("key", key, "body", body)))
            .then(v -> ServerApi.post(ApiPaths.KUDOS, body, session.token(), key));
      }).then(reply -> {
        Promise<Void> forget = KudosAttempt.settled(reply.status(), reply.errorCode())
            ? Chrome.storage.getLocal().remove(PENDING) : Promise.resolve((Void) null);
        return forget.then(v -> {
          if (reply.ok()) {
            KudosEvent.read(reply.body());
            return Promise.resolve(JsPropertyMap.of("status", Messages.SENT, "kudos", reply.body().raw(),
                "kudosLeft", (double) reply.body().optInteger("kudosLeft", -1)));
          }
          if (reply.unauthenticated()) {
            return WorkerRouter.signedOutOr(reply);
          }
          return Promise.resolve(JsPropertyMap.of(
              "status", KudosAttempt.settled(reply.status(), reply.errorCode()) ? Messages.REFUSED : Messages.ERROR,
              "code", reply.errorCode(), "message", reply.errorMessage()));
        });
      });
    });
  }

  private static String string(Object value) {
    return value == null ? null : Js.asString(value);
  }
}
