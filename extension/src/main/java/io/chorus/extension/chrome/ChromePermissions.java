package io.chorus.extension.chrome;

import elemental2.promise.Promise;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * {@code chrome.permissions}: asks for access to a company's server when the options page sets one
 * (the manifest grants only LinkedIn, X and localhost up front). Must be called from a user gesture.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
public interface ChromePermissions {
  Promise<Boolean> request(Origins permissions);

  Promise<Boolean> contains(Origins permissions);

  /** {@code {origins: [...]}}. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  final class Origins {
    public String[] origins;

    @JsOverlay
    public static Origins of(String pattern) {
      Origins o = new Origins();
      o.origins = new String[] {pattern};
      return o;
    }
  }
}
