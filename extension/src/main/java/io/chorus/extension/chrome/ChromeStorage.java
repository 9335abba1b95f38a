package io.chorus.extension.chrome;

import elemental2.promise.Promise;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.JsPropertyMap;

/**
 * {@code chrome.storage}: where the worker keeps its state, since Chrome stops an idle worker after
 * about 30 seconds and its statics go with it.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
public interface ChromeStorage {

  /** Kept on disk until the extension is removed (e.g. pending share reports, the server URL). */
  @JsProperty
  StorageArea getLocal();

  /** Kept in memory until the browser closes; survives the worker being stopped. */
  @JsProperty
  StorageArea getSession();

  /** Fires when any stored value changes, in any extension context (e.g. a sign-in in the popup). */
  @JsProperty
  ChromeEvent<ChangeListener> getOnChanged();

  /** Listener for {@link #getOnChanged()}: {@code changes} maps each changed key to {oldValue, newValue}. */
  @jsinterop.annotations.JsFunction
  interface ChangeListener {
    void onChanged(JsPropertyMap<Object> changes, String areaName);
  }

  /** One storage area. Values are JSON-compatible (structured clone minus functions). */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  interface StorageArea {
    /** Resolves with an object holding the key if it is stored; a missing key is absent. */
    Promise<JsPropertyMap<Object>> get(String key);

    Promise<JsPropertyMap<Object>> get(String[] keys);

    /** Stores every property of {@code items}, e.g. {@code JsPropertyMap.of("serverUrl", url)}. */
    Promise<Void> set(JsPropertyMap<?> items);

    Promise<Void> remove(String key);
  }
}
