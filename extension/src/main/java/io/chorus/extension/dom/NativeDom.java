package io.chorus.extension.dom;

import elemental2.dom.Document;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * The few DOM features Chorus needs that elemental2 1.3.2 does not declare: shadow roots, constructed
 * style sheets, execCommand, innerText, an event's composed path, the clipboard and crypto.randomUUID. Declared as native views of the same
 * browser objects, so no JSNI and no eval.
 */
public final class NativeDom {
  private NativeDom() {}

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Element")
  private static class ShadowHost {
    @JsProperty(name = "shadowRoot")
    native Node getShadowRoot();

    native Node attachShadow(ShadowInit init);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  private static class ShadowInit {
    String mode;
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "CSSStyleSheet")
  private static class ConstructedSheet {
    native void replaceSync(String css);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Document")
  private static class Commands {
    native boolean execCommand(String command, boolean showUi, String value);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "DOMParser")
  private static class Parser {
    native Document parseFromString(String markup, String type);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "HTMLElement")
  private static class Rendered {
    @JsProperty(name = "innerText")
    native String getInnerText();
  }

  /** window.sessionStorage: this tab's storage for the page's origin. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  public interface TabStorage {
    String getItem(String key);

    void setItem(String key, String value);

    void removeItem(String key);
  }

  @JsProperty(namespace = JsPackage.GLOBAL, name = "sessionStorage")
  private static native TabStorage nativeSessionStorage();

  public static TabStorage sessionStorage() {
    return nativeSessionStorage();
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Event")
  private static class Composed {
    native elemental2.dom.EventTarget[] composedPath();
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "?")
  private interface Clipboard {
    elemental2.promise.Promise<Object> writeText(String text);
  }

  @JsProperty(namespace = "navigator", name = "clipboard")
  private static native Clipboard nativeClipboard();

  /** The event's path through open shadow roots, innermost first (LinkedIn's composer lives in one). */
  public static elemental2.dom.EventTarget[] composedPath(elemental2.dom.Event event) {
    return Js.<Composed>uncheckedCast(event).composedPath();
  }

  /** navigator.clipboard.writeText, or null where the page's origin offers no clipboard. */
  public static elemental2.promise.Promise<Object> writeClipboard(String text) {
    Clipboard clipboard = nativeClipboard();
    return clipboard == null ? null : clipboard.writeText(text);
  }

  @JsMethod(namespace = "crypto", name = "randomUUID")
  private static native String nativeRandomUuid();

  /** An element's open shadow root, or null (none, or closed). */
  public static Node shadowRoot(Element element) {
    return Js.<ShadowHost>uncheckedCast(element).getShadowRoot();
  }

  /** Attaches an open shadow root styled by {@code css} (a constructed sheet: page CSPs do not apply). */
  public static Node attachStyledShadow(Element host, String css) {
    ShadowInit init = new ShadowInit();
    init.mode = "open";
    Node root = Js.<ShadowHost>uncheckedCast(host).attachShadow(init);
    ConstructedSheet sheet = new ConstructedSheet();
    sheet.replaceSync(css);
    Js.asPropertyMap(root).set("adoptedStyleSheets", new Object[] {sheet});
    return root;
  }

  /** Runs document.execCommand; the browser fires real beforeinput/input events editors listen to. */
  public static boolean execCommand(String command, String value) {
    return Js.<Commands>uncheckedCast(DomGlobal.document).execCommand(command, false, value);
  }

  /** The text as rendered (line breaks included), which is what an editor will post. */
  public static String innerText(HTMLElement element) {
    String text = Js.<Rendered>uncheckedCast(element).getInnerText();
    return text == null ? "" : text;
  }

  /**
   * The {@code <svg>} element of {@code markup}, adopted into this document, or null when it is not an
   * SVG. XML parsing only: nothing is fetched, and no script runs.
   */
  public static Element svg(String markup) {
    // Read untyped: elemental2 declares documentElement an HTMLHtmlElement, and this one is an SVG element.
    Element root = Js.uncheckedCast(Js.asPropertyMap(new Parser().parseFromString(markup, "image/svg+xml"))
        .get("documentElement"));
    if (root == null || !"svg".equals(root.localName) || !"http://www.w3.org/2000/svg".equals(root.namespaceURI)) {
      return null;
    }
    return (Element) DomGlobal.document.importNode(root, true);
  }

  public static String randomUuid() {
    return nativeRandomUuid();
  }
}
