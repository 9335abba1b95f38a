package io.chorus.extension.chrome;

import elemental2.promise.Promise;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/** {@code chrome.runtime}: the extension's identity and its messaging between contexts. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
public interface ChromeRuntime {

  /** The extension's id (fixed by the manifest's "key" in the dev build). */
  @JsProperty
  String getId();

  /** Opens the extension's options page (in a tab, as the manifest asks). */
  Promise<Void> openOptionsPage();

  /** The absolute {@code chrome-extension://<id>/<path>} URL of a file in the extension. */
  String getURL(String path);

  /**
   * Sends a message to the worker and the extension's open pages (never to content scripts).
   * Resolves with the first {@code sendResponse} value, or {@code undefined} when a listener
   * returned false without answering; rejects when no listener exists. The message is
   * structured-cloned: send plain objects ({@code JsPropertyMap} or a native "Object" type), not
   * Java objects.
   */
  <T> Promise<T> sendMessage(Object message);

  /** Messages from this extension's content scripts and pages. */
  @JsProperty
  ChromeEvent<MessageListener> getOnMessage();

  /** The browser started with this extension's profile: the worker is woken for it. */
  @JsProperty
  ChromeEvent<Wake> getOnStartup();

  /** A listener without arguments (onStartup). */
  @JsFunction
  interface Wake {
    void on();
  }

  /** Listener for {@link #getOnMessage()}. */
  @JsFunction
  interface MessageListener {
    /**
     * Returns true to keep {@code sendResponse} usable after returning (an asynchronous reply);
     * false when it answered already or will not answer.
     */
    boolean onMessage(Object message, MessageSender sender, SendResponse sendResponse);
  }

  /** Replies to a message; only the first call counts. */
  @JsFunction
  interface SendResponse {
    void send(Object response);
  }

  /** Who sent a message. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  interface MessageSender {
    /** The sending extension's id: always ours for onMessage. */
    @JsProperty
    String getId();

    /** The page or frame URL of the sender (the LinkedIn or X page for a content script). */
    @JsProperty
    String getUrl();

    /** The sender's origin, e.g. {@code https://www.linkedin.com}. */
    @JsProperty
    String getOrigin();
  }
}
