package io.chorus.extension.ui;

/**
 * User text (names, titles, company values, kudos messages) inside a longer string: an attribute, an
 * {@code <option>}'s label, a status line. There is no element to give {@code unicode-bidi: isolate}
 * there (that is {@link Nodes#userText}'s job wherever there is), so the text is wrapped in the Unicode
 * isolate controls FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: a right-to-left override inside
 * ends at the closing PDI, and an Arabic or Hebrew name does not pull the words around it into its
 * direction. DOM-free, so a plain JUnit test pins it.
 */
public final class UserText {
  static final char FSI = '\u2068';
  static final char PDI = '\u2069';

  private UserText() {}

  /**
   * {@code text} between FSI and PDI. A PDI in the text that closes no isolate opened inside it is
   * dropped, or it would close ours early and let what follows it (an override, say) leak out.
   */
  public static String isolate(String text) {
    String s = text == null ? "" : text;
    StringBuilder out = new StringBuilder(s.length() + 2).append(FSI);
    int open = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u2066' && c <= '\u2068') {
        open++;
      } else if (c == PDI) {
        if (open == 0) {
          continue;
        }
        open--;
      }
      out.append(c);
    }
    return out.append(PDI).toString();
  }
}
