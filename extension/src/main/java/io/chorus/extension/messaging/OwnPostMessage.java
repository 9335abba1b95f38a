package io.chorus.extension.messaging;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * A content script's {@link Messages#REPORT_OWN_POST}: {@code {type, post: {network, postUrl, text,
 * postedAt}}}, which the worker decodes with {@code OwnPostReport.read}. Only the post's address and text:
 * a content script reads nothing else of the page for it.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class OwnPostMessage {
  public String type;
  public Post post;

  /** Shaped as {@code OwnPostReport} on the wire. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  public static class Post {
    public String network;
    public String postUrl;
    public String text;
    public double postedAt;
  }
}
