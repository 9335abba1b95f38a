package io.chorus.extension.chrome;

import elemental2.promise.Promise;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.JsPropertyMap;

/**
 * The browser's own surfaces Chorus uses outside the page: tabs (open a network's share page), the
 * toolbar button's badge and the side panel (notifications: {@link ChromeNotifications}). Worker and extension pages only (a
 * content script has none of them). Arguments are plain objects ({@code JsPropertyMap}), as Chrome's
 * documentation writes them.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "chrome")
public final class ChromeUi {
  public static Tabs tabs;
  public static Action action;
  public static SidePanel sidePanel;

  private ChromeUi() {}

  /** {@code chrome.tabs}: creating a tab needs no permission. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  public interface Tabs {
    /** {url, active}. */
    Promise<Object> create(JsPropertyMap<Object> properties);
  }

  /** {@code chrome.action}: the toolbar button. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  public interface Action {
    /** {text}: "" removes the badge. */
    Promise<Void> setBadgeText(JsPropertyMap<Object> details);

    Promise<String> getBadgeText(JsPropertyMap<Object> details);

    /** {color}. */
    Promise<Void> setBadgeBackgroundColor(JsPropertyMap<Object> details);
  }

  /** {@code chrome.sidePanel} ("sidePanel" permission, Chrome 114+). */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  public interface SidePanel {
    /** {windowId} or {tabId}: must be called in a user gesture. */
    Promise<Void> open(JsPropertyMap<Object> options);
  }
}
