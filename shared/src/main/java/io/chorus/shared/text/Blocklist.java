package io.chorus.shared.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the company's blocklisted words or phrases a draft holds, compared in any letter case and only
 * as whole words ("ass" is not found in "class"). Shared: the worker flags them while the employee edits,
 * in the language-neutral way the server could check them too. GWT-safe (no regex, no code points).
 */
public final class Blocklist {
  private Blocklist() {}

  /** The entries of {@code blocklist} found in {@code text}, in the list's order, each once. */
  public static List<String> found(String text, List<String> blocklist) {
    List<String> out = new ArrayList<>();
    if (text == null || blocklist == null) {
      return out;
    }
    String hay = text.toLowerCase();
    for (String entry : blocklist) {
      String needle = entry == null ? "" : entry.trim().toLowerCase();
      if (!needle.isEmpty() && wholeWord(hay, needle)) {
        out.add(entry.trim());
      }
    }
    return out;
  }

  private static boolean wholeWord(String hay, String needle) {
    for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      boolean before = at == 0 || !wordChar(hay.charAt(at - 1));
      int end = at + needle.length();
      boolean after = end == hay.length() || !wordChar(hay.charAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /** Letters of any cased script, digits and '_' continue a word; '#' and '@' do not (#Word is the word). */
  private static boolean wordChar(char c) {
    return Character.isDigit(c) || c == '_' || Character.toLowerCase(c) != Character.toUpperCase(c);
  }
}
