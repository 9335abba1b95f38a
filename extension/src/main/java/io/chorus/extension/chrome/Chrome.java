package io.chorus.extension.chrome;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The {@code chrome} global: the extension APIs Chorus uses, reached from Java without JSNI.
 *
 * <p>Each field is only present where Chrome exposes that API: in a content script only
 * {@code runtime} (messaging) and {@code storage}; in the worker, popup and options page all of
 * them; on the office screen (a web page) none. In MV3 the methods return Promises when no
 * callback is passed, which is the only form these wrappers declare.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "chrome")
public final class Chrome {
  public static ChromeRuntime runtime;
  public static ChromeStorage storage;
  public static ChromeAlarms alarms;
  public static ChromePermissions permissions;
  public static ChromeNotifications notifications;

  private Chrome() {}
}
