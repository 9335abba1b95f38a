package io.chorus.extension.messaging;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The worker's answer to {@link Messages#MEASURE} {network, text, suggested}: the draft's length as the
 * network counts it (X weighted), the network's limit, and how many words of the draft the suggestion
 * does not have (the own-words rule), all from {@code shared}; and the line the panel shows under the
 * draft, already worded in the browser's language ({@code tone} "bad" when something needs fixing).
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class MeasureReply {
  public String status;
  public double length;
  public double maxLength;
  public double newWords;
  public double minNewWords;
  public String line;
  public String tone;
  /** The company's disclosure tag is in the draft (true when the company requires none). */
  public boolean disclosed;
}
