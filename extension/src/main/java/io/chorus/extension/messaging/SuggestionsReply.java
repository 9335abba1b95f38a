package io.chorus.extension.messaging;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The worker's answer to {@link Messages#SUGGESTIONS}: {@code status} ok (with the items, the network's
 * limit and the two rule numbers the panel shows), signed-out, or error (with a message).
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class SuggestionsReply {
  public String status;
  public PanelItem[] suggestions;
  /** The network's longest post, in its own way of counting. */
  public double maxLength;
  /** Points a share earns under the company's rules; -1 when unknown. */
  public double sharePoints;
  public double ownWordsBonus;
  /** How many words of their own earn the bonus. */
  public double minOwnWords;
  public String message;
  /**
   * The live contests' hashtags the employee may enter, lower-case (as written and as compared): a post of
   * their own words that holds one is offered to the worker, which decides with the shared rules.
   */
  public String[] contestTags;
}
