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
   * A share started in the popup or side panel ({@code stored}: {item, at} from chrome.storage.local),
   * handed to {@code page} when it is fresh and for this network. Returns whether it was taken.
   */
  static boolean handedOver(Object stored, String network, SitePage page) {
    if (stored == null) {
      return false;
    }
    JsPropertyMap<Object> saved = Js.asPropertyMap(stored);
    PanelItem item = Js.uncheckedCast(saved.get("item"));
    boolean fresh = JsDate.now() - Js.asDouble(saved.get("at")) < FRESH_FOR_MS;
    if (fresh && item != null && network.equals(item.network) && item.shareText != null) {
      page.handOver(item);
      return true;
    }
    return false;
  }

  /** The pending item for this network, if a fresh one was saved; it is removed either way. */
  static PanelItem take(String network) {
    String json = NativeDom.sessionStorage().getItem(KEY);
    if (json == null) {
      return null;
    }
    NativeDom.sessionStorage().removeItem(KEY);
    try {
      JsPropertyMap<Object> saved = Js.asPropertyMap(Global.JSON.parse(json));
      PanelItem item = Js.uncheckedCast(saved.get("item"));
      boolean fresh = JsDate.now() - Js.asDouble(saved.get("at")) < FRESH_FOR_MS;
      return fresh && item != null && network.equals(item.network) && item.shareText != null ? item : null;
    } catch (RuntimeException corrupt) {
      return null;
    }
  }
}
