package io.chorus.shared.text;

import java.net.IDN;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few text services the JVM and the browser provide differently. This is the JVM version; GWT
 * compiles the super-source twin (resources/io/chorus/shared/super/…) that calls the browser's own
 * String.normalize, encodeURIComponent, RegExp (with the u flag) and URL instead, so callers see one API.
 *
 * <p>Patterns handed to {@link #compile} are written in the subset both engines read alike: no flags
 * (callers lowercase ASCII themselves where twitter-text matches case-insensitively), BMP characters as
 * {@code \\uXXXX}, astral characters as themselves, no nested classes, no possessive or atomic groups.
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

  /** Whether a code point may continue a hashtag (twitter-text: letters, marks, digits and joiners). */
  public static boolean isHashtagChar(int codePoint) {
    return TextPatterns.isHashtagChar(codePoint);
  }

  /** A compiled pattern, opaque to callers: pass it to {@link #find}. */
  public static Object compile(String pattern) {
    return Pattern.compile(pattern);
  }

  /**
   * The first match of {@code compiled} in {@code text} at or after {@code from}: the start and end of
   * the match and then of each group ({@code -1, -1} for a group that took no part), or null.
   * {@code ^} and lookbehind see the whole text, as in a loop of {@code Matcher.find()}.
   */
  public static int[] find(Object compiled, String text, int from) {
    Matcher m = ((Pattern) compiled).matcher(text);
    if (!m.find(from)) {
      return null;
    }
    int[] spans = new int[2 * (m.groupCount() + 1)];
    for (int g = 0; g <= m.groupCount(); g++) {
      spans[2 * g] = m.start(g);
      spans[2 * g + 1] = m.end(g);
    }
    return spans;
  }

  /**
   * The end of the match of {@code compiled} that starts exactly at {@code at}, or -1 when none does.
   * Lookbehind and lookahead see the whole text.
   */
  public static int matchAt(Object compiled, String text, int at) {
    Matcher m = ((Pattern) compiled).matcher(text);
    m.region(at, text.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.lookingAt() ? m.end() : -1;
  }

  /**
   * A host name in ASCII (punycode) as IDNA converts it, or null when it cannot be converted. The JVM
   * uses java.net.IDN exactly as twitter-text's Java build does; labels are not length-checked here.
   */
  public static String idnToAscii(String host) {
    try {
      return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // IDN throws IndexOutOfBoundsException for some hosts over 256 characters (twitter-text notes it too).
      return null;
    }
  }
}
