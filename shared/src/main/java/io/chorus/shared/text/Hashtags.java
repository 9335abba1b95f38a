package io.chorus.shared.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Hashtags as X defines them: '#' or '＃', then letters, marks, digits and '_', not all digits,
 * matched case-insensitively (LinkedIn shows them in lowercase). Shared so the extension recognises a
 * contest hashtag in a post exactly as the server scores it.
 */
public final class Hashtags {
  private Hashtags() {}

  /** The distinct hashtags of a text, lowercase, without '#', in order of first appearance. */
  public static List<String> extract(String text) {
    List<String> tags = new ArrayList<>();
    if (text == null) {
      return tags;
    }
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '#' || c == '\uFF03') && startsToken(text, i)) {
        int end = i + 1;
        boolean allDigits = true;
        while (end < text.length()) {
          int cp = text.codePointAt(end);
          if (!TextPlatform.isHashtagChar(cp)) {
            break;
          }
          if (cp < '0' || cp > '9') {
            allDigits = false;
          }
          end += Character.charCount(cp);
        }
        if (end > i + 1 && !allDigits) {
          String tag = text.substring(i + 1, end).toLowerCase();
          if (!tags.contains(tag)) {
            tags.add(tag);
          }
        }
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    return tags;
  }

  /** Whether the text carries the hashtag (given with or without '#'), in any letter case. */
  public static boolean contains(String text, String tag) {
    return extract(text).contains(normalize(tag));
  }

  /** A tag as compared: lowercase, without a leading '#' or '＃'. */
  public static String normalize(String tag) {
    return strip(tag).toLowerCase();
  }

  /** A tag as written, without a leading '#' or '＃' (CamelCase kept: screen readers need it). */
  public static String strip(String tag) {
    String t = tag.trim();
    if (t.startsWith("#") || t.startsWith("\uFF03")) {
      t = t.substring(1);
    }
    return t;
  }

  /** Whether a string is a usable hashtag body (what a liaison may type for a campaign). */
  public static boolean isValid(String tag) {
    String t = normalize(tag);
    return !t.isEmpty() && extract("#" + t).size() == 1 && extract("#" + t).get(0).equals(t);
  }

  private static boolean startsToken(String text, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    if (before == '&' || before == '#' || before == '\uFF03') {
      return false;
    }
    int cp = Character.isLowSurrogate(before) && i >= 2 ? text.codePointAt(i - 2) : before;
    return !TextPlatform.isHashtagChar(cp);
  }
}
