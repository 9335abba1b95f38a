package io.chorus.extension.worker;

import elemental2.core.JsArray;
import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.chrome.ChromeAlarms.AlarmInfo;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Share reports not yet acknowledged by the server, kept in chrome.storage.local with their
 * idempotency keys, so a report survives a closed browser, a stopped worker or a server that is down;
 * re-sending one is safe because the server counts a key once. While anything waits, an alarm wakes
 * the worker every minute to try again.
 */
final class Outbox {
  static final String KEY = "outbox";
  static final String ALARM = "chorus-outbox";
  private static final double RETRY_MINUTES = 1;

  /** Storage updates run one after another, so an add and a remove never overwrite each other. */
  private static Promise<?> queue = Promise.resolve((Object) null);

  private Outbox() {}

  /** An entry: {key, report, at}. */
  static JsPropertyMap<Object> entry(String key, JsPropertyMap<Object> report) {
    return JsPropertyMap.of("key", key, "report", report, "at", elemental2.core.JsDate.now());
  }

  static Promise<Void> add(JsPropertyMap<Object> entry) {
    return update(list -> list.push(entry)).then(v -> ensureAlarm());
  }

  static Promise<Void> remove(String key) {
    return update(list -> {
      for (int i = list.length - 1; i >= 0; i--) {
        if (key.equals(Js.asPropertyMap(list.getAt(i)).get("key"))) {
          list.splice(i, 1);
        }
      }
    }).then(v -> Promise.resolve((Void) null));
  }

  static Promise<JsArray<Object>> entries() {
    return Chrome.storage.getLocal().get(KEY).then(items -> {
      Object stored = items.get(KEY);
      return Promise.resolve(stored == null ? new JsArray<>() : Js.<JsArray<Object>>uncheckedCast(stored));
    });
  }

  /** Clears the retry alarm once nothing waits. */
  static Promise<Void> settleAlarm() {
    return entries().then(list -> list.length == 0
        ? Chrome.alarms.clear(ALARM).then(cleared -> Promise.resolve((Void) null))
        : ensureAlarm());
  }

  private static Promise<Void> ensureAlarm() {
    return Chrome.alarms.get(ALARM).then(existing -> existing != null
        ? Promise.resolve((Void) null)
        : Chrome.alarms.create(ALARM, AlarmInfo.every(RETRY_MINUTES)));
  }

  private interface Change {
    void apply(JsArray<Object> list);
  }

  private static Promise<Void> update(Change change) {
    Promise<Void> next = queue.then(ignored -> entries())
        .then(list -> {
          change.apply(list);
          return Chrome.storage.getLocal().set(JsPropertyMap.of(KEY, list));
        });
    queue = next.catch_(e -> Promise.resolve((Object) null));
    return next;
  }
}
