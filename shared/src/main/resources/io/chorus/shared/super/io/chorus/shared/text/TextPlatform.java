package io.chorus.shared.text;

import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/** The browser twin of the JVM TextPlatform: the same API on the browser's own functions. */
public final class TextPlatform {
  private TextPlatform() {}

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "String")
  private static class NativeString {
    native String normalize(String form);

    @JsMethod(namespace = "String")
    static native String fromCodePoint(int codePoint);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "RegExp")
  private static class NativeRegExp {
    NativeRegExp(String pattern, String flags) {}

    native boolean test(String s);
  }

  @JsMethod(namespace = JsPackage.GLOBAL, name = "encodeURIComponent")
  private static native String nativeEncodeUriComponent(String s);

  private static NativeRegExp hashtagChar;

  public static String nfc(String s) {
    return Js.<NativeString>uncheckedCast(s).normalize("NFC");
  }

  public static String encodeUriComponent(String s) {
    return nativeEncodeUriComponent(s);
  }

  public static boolean isHashtagChar(int codePoint) {
    if (hashtagChar == null) {
      hashtagChar = new NativeRegExp("^[\\p{L}\\p{M}\\p{Nd}_]$", "u");
    }
    return hashtagChar.test(NativeString.fromCodePoint(codePoint));
  }
}
