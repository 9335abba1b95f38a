package io.chorus.extension.chrome;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * A chrome.* event such as {@code chrome.runtime.onMessage}; {@code L} is its {@code @JsFunction}
 * listener type.
 *
 * <p>In the worker, add listeners in the first turn of the script (from {@code onModuleLoad}, not
 * from a Promise callback): Chrome delivers the event that woke the worker only to listeners that
 * exist when the script's first run ends.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
public interface ChromeEvent<L> {
  void addListener(L listener);

  void removeListener(L listener);

  boolean hasListener(L listener);
}
