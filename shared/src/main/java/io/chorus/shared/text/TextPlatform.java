package io.chorus.shared.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The few text services the JVM and the browser provide differently. This is the JVM version; GWT
 * compiles the super-source twin (resources/io/chorus/shared/super/…) that calls the browser's own
 * String.normalize, encodeURIComponent and Unicode-aware RegExp instead, so callers see one API.
 */
public final class TextPlatform {
  private TextPlatform() {}

  /** Unicode NFC, which X applies before it counts a post. */
  public static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Percent-encodes a URI component exactly as JavaScript's encodeURIComponent does. */
  public static String encodeUriComponent(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%21", "!")
        .replace("%27", "'")
        .replace("%28", "(")
        .replace("%29", ")")
        .replace("%7E", "~");
  }

  /** Whether a code point may continue a hashtag: a letter, a mark, a decimal digit or '_'. */
  public static boolean isHashtagChar(int codePoint) {
    if (codePoint == '_') {
      return true;
    }
    switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
