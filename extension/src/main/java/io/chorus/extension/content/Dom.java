package io.chorus.extension.content;

import elemental2.core.JsArray;
import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.EventTarget;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import io.chorus.extension.dom.DeepQuery;
import io.chorus.extension.dom.NativeDom;
import jsinterop.base.Js;

/** Small page-reading helpers the site adapters share. */
final class Dom {
  /** Anything a person can press. */
  static final String CONTROL = "button, [role='button']";

  private Dom() {}

  /** Whether the element takes up room on screen (hidden duplicates are common in SPAs). */
  static boolean visible(Element e) {
    HTMLElement h = Js.uncheckedCast(e);
    return h.isConnected && (h.offsetWidth > 0 || h.offsetHeight > 0);
  }

  /** The absolute hrefs of every link matching the selector, shadow roots included. */
  static JsArray<String> hrefs(String selector) {
    JsArray<String> out = new JsArray<>();
    JsArray<Element> links = DeepQuery.all(selector);
    for (int i = 0; i < links.length; i++) {
      String href = Js.asPropertyMap(links.getAt(i)).getAsAny("href").asString();
      if (href != null && !href.isEmpty()) {
        out.push(href);
      }
    }
    return out;
  }

  /** What a control says: its aria-label, else its text. */
  static String label(Element e) {
    String aria = e.getAttribute("aria-label");
    return aria != null && !aria.isEmpty() ? aria : e.textContent == null ? "" : e.textContent;
  }

  /** Whether {@code later} comes after {@code earlier} in document order (and is not inside it). */
  static boolean follows(Node earlier, Node later) {
    return (earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING) != 0 && !earlier.contains(later);
  }

  /** The elements an event passed through, innermost first, through open shadow roots. */
  static JsArray<Element> path(Event e) {
    JsArray<Element> out = new JsArray<>();
    for (EventTarget t : NativeDom.composedPath(e)) {
      Object nodeType = Js.asPropertyMap(t).get("nodeType");
      if (nodeType != null && Js.asDouble(nodeType) == 1) {
        // Typed first: a generic uncheckedCast would be taken as push's varargs array.
        Element element = Js.uncheckedCast(t);
        out.push(element);
      }
    }
    return out;
  }

  /** Whether the event's path holds {@code e}. */
  static boolean passes(JsArray<Element> path, Element e) {
    return e != null && path.indexOf(e) >= 0;
  }
}
