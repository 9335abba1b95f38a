package io.chorus.extension.dom;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Node;
import elemental2.dom.NodeList;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * querySelectorAll that also looks inside open shadow roots, because LinkedIn renders its share box and
 * composer in one (hosted by #interop-outlet) and may move more of the page there. Finding the roots
 * means visiting every element, so the list of roots is kept and searched again at most every
 * {@link #RESCAN_MS} (or when asked): a query itself then costs one querySelectorAll per root.
 */
public final class DeepQuery {
  /** Chorus's own panel host: never searched, so the page's editors and buttons are never confused with ours. */
  public static final String OWN_HOST_ID = "chorus-panel";
  static final double RESCAN_MS = 500;

  private static JsArray<Node> roots;
  private static double scannedAt = -RESCAN_MS;

  private DeepQuery() {}

  /** The document and every open shadow root found (the list is fresh to within {@link #RESCAN_MS}). */
  public static JsArray<Node> roots() {
    if (roots == null || JsDate.now() - scannedAt >= RESCAN_MS) {
      rescan();
    }
    return roots;
  }

  /** Looks for shadow roots again now (a page that attaches one announces it with no mutation). */
  public static JsArray<Node> rescan() {
    JsArray<Node> found = new JsArray<>();
    found.push(DomGlobal.document);
    for (int r = 0; r < found.length; r++) {
      NodeList<Element> all = Js.<Queryable>uncheckedCast(found.getAt(r)).querySelectorAll("*");
      for (int i = 0; i < all.length; i++) {
        Element host = all.item(i);
        Node shadow = NativeDom.shadowRoot(host);
        if (shadow != null && !OWN_HOST_ID.equals(host.id)) {
          found.push(shadow);
        }
      }
    }
    roots = found;
    scannedAt = JsDate.now();
    return found;
  }

  /** Every element matching the selector in the document and in every open shadow root below it. */
  public static JsArray<Element> all(String selector) {
    JsArray<Element> found = new JsArray<>();
    JsArray<Node> in = roots();
    for (int r = 0; r < in.length; r++) {
      NodeList<Element> matches = Js.<Queryable>uncheckedCast(in.getAt(r)).querySelectorAll(selector);
      for (int i = 0; i < matches.length; i++) {
        Element e = matches.item(i);
        if (e.isConnected) {
          found.push(e);
        }
      }
    }
    return found;
  }

  /** The first match, or null. */
  public static Element first(String selector) {
    JsArray<Node> in = roots();
    for (int r = 0; r < in.length; r++) {
      Element e = Js.<Queryable>uncheckedCast(in.getAt(r)).querySelector(selector);
      if (e != null && e.isConnected) {
        return e;
      }
    }
    return null;
  }

  /** A document or shadow root: both answer querySelector(All). */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  private interface Queryable {
    NodeList<Element> querySelectorAll(String selectors);

    Element querySelector(String selectors);
  }
}
