package io.chorus.extension.messaging;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * One suggestion as the content scripts see it: the server's suggestion object (contentId, title, url,
 * network, text, hashtags, trackedUrl) plus what the worker works out for it with the {@code shared}
 * text rules, so the content scripts carry none of them: {@link #shareText} (words, missing hashtags and
 * link, fitted to the network's limit) and its {@link #shareLength} as the network counts it.
 *
 * <p>A plain object on the wire (a native view: no {@code long}, no collections, so a content script
 * stays small); on the JVM an ordinary object, so the presenter's tests build them directly.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class PanelItem {
  /** Whole number; a double because a content script carries no {@code long} emulation. */
  public double contentId;
  public String title;
  public String url;
  public String network;
  /** The liaison's suggested words (what the own-words rule compares against). */
  public String text;
  /** The employee's tracked link, or null. */
  public String trackedUrl;
  /** What the composer receives (added by the worker). */
  public String shareText;
  /** {@link #shareText}'s length as the network counts it (added by the worker). */
  public double shareLength;
  /**
   * The hashtag (without its sign) of a live contest the employee may enter that this item counts for,
   * else null: the panel marks the item, and its {@link #shareText} carries the hashtag.
   */
  public String contestTag;

  /** The address the post carries: the tracked link when there is one. */
  @JsOverlay
  public final String link() {
    return trackedUrl != null ? trackedUrl : url;
  }
}
