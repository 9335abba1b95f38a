package io.chorus.extension.ui;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;

/** Small DOM helpers shared by the popup, the options page and the office screen. */
public final class Elements {

  /**
   * Creates a {@code tag} element holding {@code text} as plain text: text from the server or from
   * a page goes through textContent, never innerHTML.
   */
  public static HTMLElement text(String tag, String text) {
    HTMLElement element = (HTMLElement) DomGlobal.document.createElement(tag);
    element.textContent = text;
    return element;
  }

  private Elements() {}
}
