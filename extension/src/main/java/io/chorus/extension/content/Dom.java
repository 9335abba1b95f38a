package io.chorus.extension.content;

import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import io.chorus.extension.dom.DeepQuery;
import jsinterop.base.Js;

/** Small page-reading helpers the site adapters share. */
final class Dom {
  private Dom() {}

  /** Whether the element takes up room on screen (hidden duplicates are common in SPAs). */
  static boolean visible(Element e) {
    HTMLElement h = Js.uncheckedCast(e);
    return h.isConnected && (h.offsetWidth > 0 || h.offsetHeight > 0);
  }

  /** The absolute hrefs of every link matching the selector, shadow roots included. */
  static Set<String> hrefs(String selector) {
    Set<String> out = new HashSet<>();
    for (Element a : DeepQuery.all(selector)) {
      String href = Js.asPropertyMap(a).getAsAny("href").asString();
      if (href != null && !href.isEmpty()) {
        out.add(href);
      }
    }
    return out;
  }

  /** Whether any element of an event's path matches the selector and lies inside {@code within}. */
  static boolean pathHas(List<Element> path, String selector, Element within) {
    for (Element e : path) {
      if (e.matches(selector) && (within == null || within.contains(e))) {
        return true;
      }
    }
    return false;
  }
}
