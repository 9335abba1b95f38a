package io.chorus.shared.scoring;

import io.chorus.shared.text.TextPlatform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The "own words" rule: a post earns the bonus when the employee wrote something of their own, not
 * when they changed a comma. Counted as words in the posted text that the suggestion does not have,
 * ignoring case, punctuation, links, hashtags and mentions; {@link #MIN_NEW_WORDS} of them are needed.
 * Shared so the panel can say whether the draft qualifies with the same rule the server applies.
 */
public final class OwnWords {
  public static final int MIN_NEW_WORDS = 5;

  private OwnWords() {}

  public static boolean differsMeaningfully(String suggested, String posted) {
    return newWords(suggested, posted) >= MIN_NEW_WORDS;
  }

  /** How many words of {@code posted} (each counted once) the suggestion does not contain. */
  public static int newWords(String suggested, String posted) {
    // The usual post: the suggestion as it was. Nothing of its own, and no need to split it into words.
    if (posted == null || posted.equals(suggested)) {
      return 0;
    }
    Set<String> known = new HashSet<>(words(suggested));
    Set<String> fresh = new HashSet<>();
    for (String w : words(posted)) {
      if (!known.contains(w)) {
        fresh.add(w);
      }
    }
    return fresh.size();
  }

  /**
   * Lowercased words: runs of letters, marks and digits, leaving out links, #hashtags and @mentions.
   * Compared in NFC and without invisible format characters, so a post that only recomposes accents or
   * slips a zero-width space into words has no words of its own.
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String token : withoutInvisibles(TextPlatform.nfc(text)).split("\\s+")) {
      if (token.isEmpty() || token.startsWith("#") || token.startsWith("@") || token.startsWith("＃")
          || token.contains("://") || token.startsWith("www.")) {
        continue;
      }
      StringBuilder word = new StringBuilder();
      int i = 0;
      while (i <= token.length()) {
        int cp = i < token.length() ? token.codePointAt(i) : -1;
        if (cp >= 0 && cp != '_' && TextPlatform.isHashtagChar(cp)) {
          word.appendCodePoint(cp);
        } else if (word.length() > 0) {
          out.add(word.toString().toLowerCase());
          word.setLength(0);
        }
        i += cp > 0xFFFF ? 2 : 1;
      }
    }
    return out;
  }

  /** Drops the soft hyphen, zero-width space, joiners, direction marks, word joiner and BOM. */
  private static String withoutInvisibles(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean invisible = c == '\u00AD' || (c >= '\u200B' && c <= '\u200F') || (c >= '\u2060' && c <= '\u2064')
          || c == '\uFEFF';
      if (invisible && out == null) {
        out = new StringBuilder(s.substring(0, i));
      } else if (!invisible && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
