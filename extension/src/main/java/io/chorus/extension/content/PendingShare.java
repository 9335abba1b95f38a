package io.chorus.extension.content;

import elemental2.core.Global;
import elemental2.core.JsDate;
import io.chorus.extension.dom.NativeDom;
import io.chorus.extension.messaging.PanelItem;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A share that continues on another page of the same site: when the employee opens the network's share
 * page from the panel, Chorus remembers here (this tab's session storage) which item it was, so the
 * content script on the next page watches that composer for the post.
 */
final class PendingShare {
  private static final String KEY = "chorus.pendingShare";
  private static final double FRESH_FOR_MS = 10 * 60_000;

  private PendingShare() {}

  static void save(PanelItem item) {
    NativeDom.sessionStorage().setItem(KEY, Global.JSON.stringify(JsPropertyMap.of("item", item, "at", JsDate.now())));
  }

  /**
   * The item of {@code saved} ({item, at}: this tab's own, or one the popup or side panel left in
   * chrome.storage.local) when it is fresh and for this network, else null.
   */
  static PanelItem fresh(Object saved, String network) {
    if (saved == null) {
      return null;
    }
    JsPropertyMap<Object> map = Js.asPropertyMap(saved);
    PanelItem item = Js.uncheckedCast(map.get("item"));
    boolean fresh = JsDate.now() - Js.asDouble(map.get("at")) < FRESH_FOR_MS;
    return fresh && item != null && network.equals(item.network) && item.shareText != null ? item : null;
  }

  /** The pending item for this network, if a fresh one was saved; it is removed either way. */
  static PanelItem take(String network) {
    String json = NativeDom.sessionStorage().getItem(KEY);
    if (json == null) {
      return null;
    }
    NativeDom.sessionStorage().removeItem(KEY);
    try {
      return fresh(Global.JSON.parse(json), network);
    } catch (RuntimeException corrupt) {
      return null;
    }
  }
}
