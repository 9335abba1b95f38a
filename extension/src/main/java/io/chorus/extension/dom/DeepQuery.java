package io.chorus.extension.dom;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Node;
import elemental2.dom.NodeList;
import java.util.ArrayList;
import java.util.List;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * querySelectorAll that also looks inside open shadow roots, because LinkedIn renders its composer
 * in one (hosted by #interop-outlet) and may move more of the page there.
 */
public final class DeepQuery {
  /** Chorus's own panel host: never searched, so the page's editors and buttons are never confused with ours. */
  public static final String OWN_HOST_ID = "chorus-panel";

  private DeepQuery() {}

  /** Every element matching the selector in the document and in every open shadow root below it. */
  public static List<Element> all(String selector) {
    List<Element> found = new ArrayList<>();
    collect(Js.uncheckedCast(DomGlobal.document), selector, found);
    return found;
  }

  /** The first match, or null. */
  public static Element first(String selector) {
    List<Element> all = all(selector);
    return all.isEmpty() ? null : all.get(0);
  }

  private static void collect(Queryable root, String selector, List<Element> found) {
    for (Element e : root.querySelectorAll(selector).asList()) {
      found.add(e);
    }
    for (Element host : root.querySelectorAll("*").asList()) {
      if (OWN_HOST_ID.equals(host.id)) {
        continue;
      }
      Node shadow = NativeDom.shadowRoot(host);
      if (shadow != null) {
        collect(Js.uncheckedCast(shadow), selector, found);
      }
    }
  }

  /** A document or shadow root: both answer querySelectorAll. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  private interface Queryable {
    NodeList<Element> querySelectorAll(String selectors);
  }
}
