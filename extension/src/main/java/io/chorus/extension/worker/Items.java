package io.chorus.extension.worker;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.promise.Promise;
import io.chorus.extension.chrome.Chrome;
import io.chorus.extension.chrome.ChromeUi;
import io.chorus.shared.wire.ApiPaths;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * What the employee did with suggestions, kept in chrome.storage.local: items dismissed (for ever) or
 * snoozed (until a time), left out of every list here even before the server's own dismissal applies
 * (and on a server that has none yet); and items already seen in the popup or side panel, so the toolbar
 * badge counts only new ones.
 */
final class Items {
  static final String HIDDEN = "hiddenItems";
  static final String SEEN = "seenItems";
  static final String ALARM = "chorus-badge";

  private Items() {}

  /** Hides an item until {@code until} (epoch ms; 0: for ever) here and asks the server to do the same. */
  static Promise<Boolean> hide(double contentId, double until, String token) {
    String id = String.valueOf((long) contentId);
    return Chrome.storage.getLocal().get(HIDDEN).then(items -> {
      JsPropertyMap<Object> hidden = map(items.get(HIDDEN));
      hidden.set(id, until);
      return Chrome.storage.getLocal().set(JsPropertyMap.of(HIDDEN, hidden));
    }).then(v -> {
      String body = "{\"until\":" + (until == 0 ? "null" : "\"" + new JsDate(until).toISOString() + "\"") + "}";
      return ServerApi.post(ApiPaths.SUGGESTIONS + "/" + id + "/dismiss", body, token, null);
    }).then(reply -> Promise.resolve(reply.status() == 204 || reply.ok()));
  }

  /** The raw suggestion objects without the hidden ones (a snooze that ended is forgotten). */
  static Promise<JsArray<Object>> visible(Object raw) {
    JsArray<Object> all = Js.uncheckedCast(raw);
    return Chrome.storage.getLocal().get(HIDDEN).then(items -> {
      JsPropertyMap<Object> hidden = map(items.get(HIDDEN));
      double now = JsDate.now();
      JsArray<Object> kept = new JsArray<>();
      for (int i = 0; i < all.length; i++) {
        Object until = hidden.get(id(all.getAt(i)));
        if (until == null || (Js.asDouble(until) != 0 && Js.asDouble(until) <= now)) {
          kept.push(all.getAt(i));
        }
      }
      return Promise.resolve(kept);
    });
  }

  /** Marks these items seen and recounts the badge. */
  static Promise<Void> seen(JsArray<Object> ids) {
    return Chrome.storage.getLocal().get(SEEN).then(items -> {
      JsPropertyMap<Object> seen = map(items.get(SEEN));
      for (int i = 0; i < ids.length; i++) {
        seen.set(String.valueOf((long) Js.asDouble(ids.getAt(i))), true);
      }
      return Chrome.storage.getLocal().set(JsPropertyMap.of(SEEN, seen));
    });
  }

  /** The toolbar badge: how many of these suggestions (both networks' lists) were not seen yet. */
  static Promise<Void> count(JsArray<Object> suggestions) {
    return Chrome.storage.getLocal().get(SEEN).then(items -> {
      JsPropertyMap<Object> seen = map(items.get(SEEN));
      JsArray<String> fresh = new JsArray<>();
      for (int i = 0; i < suggestions.length; i++) {
        String id = id(suggestions.getAt(i));
        if (!seen.has(id) && fresh.indexOf(id) < 0) {
          fresh.push(id);
        }
      }
      if (ChromeUi.action == null) {
        return Promise.resolve((Void) null);
      }
      ChromeUi.action.setBadgeBackgroundColor(JsPropertyMap.of("color", "#4a47c9"));
      return ChromeUi.action.setBadgeText(JsPropertyMap.of("text", fresh.length == 0 ? "" : String.valueOf(fresh.length)));
    });
  }

  private static String id(Object suggestion) {
    return String.valueOf((long) Js.asDouble(Js.asPropertyMap(suggestion).get("contentId")));
  }

  private static JsPropertyMap<Object> map(Object stored) {
    return stored == null ? JsPropertyMap.of() : Js.asPropertyMap(stored);
  }
}
