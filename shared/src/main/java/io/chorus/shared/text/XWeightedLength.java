package io.chorus.shared.text;

/**
 * Counts a post the way X does (twitter-text configuration v3): after NFC, code points in
 * U+0000–10FF, U+2000–200D, U+2010–201F and U+2032–2037 weigh 1, everything else 2; every URL
 * weighs 23; an emoji sequence (with its modifiers, ZWJ joins, keycaps and flags) weighs 2.
 * Shared so the extension warns before the composer does and the server agrees with it.
 *
 * <p>A URL here is a token that starts with http:// or https://, minus trailing punctuation; X also
 * links bare domains, which Chorus suggestions never rely on.
 */
public final class XWeightedLength {
  public static final int URL_WEIGHT = 23;
  private static final int ZWJ = 0x200D;
  private static final int VS16 = 0xFE0F;
  private static final int VS15 = 0xFE0E;
  private static final int KEYCAP = 0x20E3;

  private XWeightedLength() {}

  public static int of(String text) {
    String s = TextPlatform.nfc(text);
    int weight = 0;
    int i = 0;
    while (i < s.length()) {
      int urlEnd = urlEndAt(s, i);
      if (urlEnd > i) {
        weight += URL_WEIGHT;
        i = urlEnd;
        continue;
      }
      int emojiEnd = emojiEndAt(s, i);
      if (emojiEnd > i) {
        weight += 2;
        i = emojiEnd;
        continue;
      }
      int cp = s.codePointAt(i);
      weight += weightOf(cp);
      i += Character.charCount(cp);
    }
    return weight;
  }

  static int weightOf(int cp) {
    boolean light = cp <= 0x10FF
        || (cp >= 0x2000 && cp <= 0x200D)
        || (cp >= 0x2010 && cp <= 0x201F)
        || (cp >= 0x2032 && cp <= 0x2037);
    return light ? 1 : 2;
  }

  /** The end of a URL starting at i (at a token start), or i when there is none. */
  static int urlEndAt(String s, int i) {
    if (i > 0 && !isSpace(s.charAt(i - 1))) {
      return i;
    }
    int schemeEnd;
    if (s.startsWith("https://", i)) {
      schemeEnd = i + 8;
    } else if (s.startsWith("http://", i)) {
      schemeEnd = i + 7;
    } else {
      return i;
    }
    int end = schemeEnd;
    while (end < s.length() && !isSpace(s.charAt(end))) {
      end++;
    }
    while (end > schemeEnd && ".,;:!?)]'\"".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > schemeEnd ? end : i;
  }

  /** The end of an emoji sequence starting at i, or i when none starts there. */
  static int emojiEndAt(String s, int i) {
    int cp = s.codePointAt(i);
    int next = i + Character.charCount(cp);
    if (isRegionalIndicator(cp)) {
      if (next < s.length() && isRegionalIndicator(s.codePointAt(next))) {
        return next + 2;
      }
      return next;
    }
    if (isKeycapBase(cp)) {
      int j = next;
      if (j < s.length() && s.charAt(j) == VS16) {
        j++;
      }
      return j < s.length() && s.charAt(j) == KEYCAP ? j + 1 : i;
    }
    boolean presented = next < s.length() && s.charAt(next) == VS16;
    boolean pictographic = isPictographic(cp) && (presented || weightOf(cp) == 2);
    if (!pictographic && !presented) {
      // Text-default symbols such as © are emoji only when VS16 asks for it.
      return i;
    }
    if (!pictographic) {
      return next + 1;
    }
    int j = next;
    while (j < s.length()) {
      int m = s.codePointAt(j);
      if (m == VS16 || m == VS15 || isSkinTone(m) || isTag(m) || m == KEYCAP) {
        j += Character.charCount(m);
      } else if (m == ZWJ && j + 1 < s.length() && isPictographic(s.codePointAt(j + 1))) {
        int joined = s.codePointAt(j + 1);
        j += 1 + Character.charCount(joined);
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u3000';
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isKeycapBase(int cp) {
    return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
  }

  private static boolean isSkinTone(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }

  private static boolean isTag(int cp) {
    return cp >= 0xE0020 && cp <= 0xE007F;
  }

  /** Code points that are emoji by default (Extended_Pictographic blocks, approximated by range). */
  static boolean isPictographic(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B00 && cp <= 0x2BFF)
        || (cp >= 0x2300 && cp <= 0x23FF)
        || (cp >= 0x2190 && cp <= 0x21FF && cp != 0x21FF)
        || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139
        || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299
        || cp == 0x00A9 || cp == 0x00AE;
  }
}
