package io.chorus.shared.text;

import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsArrayLike;
import jsinterop.base.JsPropertyMap;

/**
 * The browser twin of the JVM TextPlatform: the same API on the browser's own functions. Patterns run
 * on RegExp with the u flag (code points, \p{…} classes) and the d flag (group indices).
 */
public final class TextPlatform {
  private TextPlatform() {}

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "String")
  private static class NativeString {
    native String normalize(String form);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "RegExp")
  private static class NativeRegExp {
    int lastIndex;
    String source;

    NativeRegExp(String pattern, String flags) {}

    native Object exec(String s);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "URL")
  private static class NativeUrl {
    String hostname;

    NativeUrl(String url) {}
  }

  @JsMethod(namespace = JsPackage.GLOBAL, name = "encodeURIComponent")
  private static native String nativeEncodeUriComponent(String s);

  public static String nfc(String s) {
    return Js.<NativeString>uncheckedCast(s).normalize("NFC");
  }

  public static String encodeUriComponent(String s) {
    return nativeEncodeUriComponent(s);
  }

  public static boolean isHashtagChar(int codePoint) {
    return TextPatterns.isHashtagChar(codePoint);
  }

  public static Object compile(String pattern) {
    return new NativeRegExp(pattern, "gud");
  }

  public static int[] find(Object compiled, String text, int from) {
    NativeRegExp re = Js.uncheckedCast(compiled);
    re.lastIndex = from;
    Object match = re.exec(text);
    if (match == null) {
      return null;
    }
    JsArrayLike<JsArrayLike<Double>> indices =
        Js.uncheckedCast(Js.asPropertyMap(match).get("indices"));
    int groups = indices.getLength();
    int[] spans = new int[2 * groups];
    for (int g = 0; g < groups; g++) {
      JsArrayLike<Double> span = indices.getAt(g);
      spans[2 * g] = span == null ? -1 : Js.coerceToInt(span.getAt(0));
      spans[2 * g + 1] = span == null ? -1 : Js.coerceToInt(span.getAt(1));
    }
    return spans;
  }

  public static int matchAt(Object compiled, String text, int at) {
    // A sticky twin of the pattern, kept on the RegExp object itself.
    JsPropertyMap<Object> holder = Js.asPropertyMap(compiled);
    NativeRegExp sticky = Js.uncheckedCast(holder.get("chorusSticky"));
    if (sticky == null) {
      sticky = new NativeRegExp(Js.<NativeRegExp>uncheckedCast(compiled).source, "uy");
      holder.set("chorusSticky", sticky);
    }
    sticky.lastIndex = at;
    Object match = sticky.exec(text);
    if (match == null) {
      return -1;
    }
    return at + Js.<JsArrayLike<String>>uncheckedCast(match).getAt(0).length();
  }

  /**
   * ASCII hosts are kept as they are (java.net.IDN does the same); others go through the browser's URL
   * parser, whose IDNA (UTS #46) agrees with the JVM's IDNA 2003 on real host names.
   */
  public static String idnToAscii(String host) {
    boolean ascii = true;
    for (int i = 0; i < host.length(); i++) {
      if (host.charAt(i) > 0x7F) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return host;
    }
    try {
      return new NativeUrl("http://" + host + "/").hostname;
    } catch (Throwable e) {
      return null;
    }
  }
}
