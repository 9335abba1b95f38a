package io.chorus.extension.messaging;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * A content script's {@link Messages#SUGGESTIONS} {@code {type, network}} or {@link Messages#MEASURE}
 * {@code {type, network, text, suggested}}.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class ContentRequest {
  public String type;
  public String network;
  public String text;
  public String suggested;
}
