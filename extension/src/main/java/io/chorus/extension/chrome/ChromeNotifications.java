package io.chorus.extension.chrome;

import elemental2.promise.Promise;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** {@code chrome.notifications} (worker only; the manifest asks for the "notifications" permission). */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
public interface ChromeNotifications {
  /** Shows (or replaces) the notification called {@code id}. */
  Promise<String> create(String id, Options options);

  /** What a basic notification shows: text only, with the extension's own icon. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  final class Options {
    public String type;
    public String iconUrl;
    public String title;
    public String message;

    @JsOverlay
    public static Options basic(String iconUrl, String title, String message) {
      Options o = new Options();
      o.type = "basic";
      o.iconUrl = iconUrl;
      o.title = title;
      o.message = message;
      return o;
    }
  }
}
