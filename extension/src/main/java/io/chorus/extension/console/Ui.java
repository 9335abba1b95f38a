package io.chorus.extension.console;

import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import jsinterop.base.JsPropertyMap;

/**
 * The console's DOM building blocks. Text only ever goes in as text ({@code textContent}, text
 * nodes), never as markup; and every piece of user text (names, titles, reasons, screen names) goes
 * into its own {@code <bdi>}, so a right-to-left name cannot reorder the words around it.
 */
final class Ui {
  private Ui() {}

  static HTMLElement el(String tag, String className) {
    HTMLElement element = (HTMLElement) DomGlobal.document.createElement(tag);
    if (className != null) {
      element.className = className;
    }
    return element;
  }

  /** Our own words (labels, messages), as text. */
  static HTMLElement text(String tag, String className, String text) {
    HTMLElement element = el(tag, className);
    element.textContent = text == null ? "" : text;
    return element;
  }

  /** Someone's words (a name, a title, a reason), isolated for bidi and set as text. */
  static HTMLElement bdi(String text) {
    return text("bdi", null, text);
  }

  static HTMLElement bdi(String className, String text) {
    return text("bdi", className, text);
  }

  static HTMLElement append(HTMLElement parent, Node... children) {
    for (Node child : children) {
      if (child != null) {
        parent.appendChild(child);
      }
    }
    return parent;
  }

  static Node plain(String text) {
    return DomGlobal.document.createTextNode(text == null ? "" : text);
  }

  static HTMLButtonElement button(String label, String className, EventListener onClick) {
    HTMLButtonElement button = (HTMLButtonElement) text("button", className, label);
    button.type = "button";
    if (onClick != null) {
      button.addEventListener("click", onClick);
    }
    return button;
  }

  /** An icon shipped with the console ({@code /console/icons/<name>.svg}), drawn in the text's colour by CSS. */
  static HTMLElement icon(String name) {
    HTMLElement icon = el("span", "icon icon-" + name);
    icon.setAttribute("aria-hidden", "true");
    return icon;
  }

  /** "24 Dec 2026, 15:42" in the browser's language. */
  static String dateTime(long millis) {
    return new JsDate((double) millis).toLocaleString(DomGlobal.navigator.language,
        JsPropertyMap.of("dateStyle", "medium", "timeStyle", "short"));
  }

  /** A {@code <time>} element for an instant: shown in the browser's language, exact in its datetime. */
  static HTMLElement time(long millis, String shown) {
    HTMLElement time = text("time", null, shown);
    time.setAttribute("datetime", new JsDate((double) millis).toISOString());
    time.title = dateTime(millis);
    return time;
  }

  static long now() {
    return (long) JsDate.now();
  }

  static void clear(HTMLElement element) {
    element.textContent = "";
  }
}
