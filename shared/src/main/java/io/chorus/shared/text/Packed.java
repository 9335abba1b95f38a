package io.chorus.shared.text;

/**
 * How the twitter-text data in {@link Tlds} and {@link EmojiPattern} is packed, to keep the browser's
 * scripts small: base-64 digits for numbers, and pair substitution (each symbol of a table stands for
 * the two characters after it, which may be symbols themselves). Tests unpack the data and compare it
 * with twitter-text's own.
 */
final class Packed {
  private Packed() {}

  /** Base-64 digits. */
  static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.";

  /** The number {@code count} base-64 digits of {@code s} from {@code from} spell. */
  static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      v = v * 64 + DIGITS.indexOf(s.charAt(i));
    }
    return v;
  }

  /** {@code packed} with every symbol of {@code pairs} (symbol, first, second; …) replaced by its pair. */
  static String unpair(String packed, String pairs) {
    StringBuilder sb = new StringBuilder(packed.length() * 2);
    for (int i = 0; i < packed.length(); i++) {
      append(sb, packed.charAt(i), pairs);
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, char c, String pairs) {
    for (int k = 0; k < pairs.length(); k += 3) {
      if (pairs.charAt(k) == c) {
        append(sb, pairs.charAt(k + 1), pairs);
        append(sb, pairs.charAt(k + 2), pairs);
        return;
      }
    }
    sb.append(c);
  }
}
