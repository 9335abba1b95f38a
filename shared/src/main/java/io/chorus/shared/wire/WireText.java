package io.chorus.shared.wire;

/**
 * What a piece of text in a request may contain. Shared because the server refuses by it (every
 * string of every request body at the lowest level, then each field by its {@link Kind} in the wire
 * records' decoders, through {@link Fields}) and the extension cleans what it reports by it, so a real
 * post is never refused for an invisible character the site put in.
 *
 * <p>Every text must be well-formed UTF-16 (a lone surrogate cannot be stored: PostgreSQL would get a
 * '?') and hold no control character but the line feed and the tab (a NUL cannot be stored at all).
 * Single-line fields refuse line breaks and tabs too; text that other people are shown (names, titles,
 * company values, kudos messages) refuses the bidirectional embedding, override and isolate controls,
 * which would reorder whatever follows them on a shared screen. Written with plain char arithmetic:
 * GWT has no code-point {@code Character} methods.
 */
public final class WireText {
  /** How strict a field is. */
  public enum Kind {
    /** Multi-line, seen only by its author or as posted elsewhere (a post's text, a password). */
    TEXT(true, false),
    /** Multi-line and shown to others (a kudos message, a spotlight note, a void's reason). */
    MESSAGE(true, true),
    /** One line, not shown to others as such (an email address). */
    LINE(false, false),
    /** One line shown to others (a display name, a title, a screen's name, a company value). */
    NAME(false, true);

    final boolean multiLine;
    final boolean shown;

    Kind(boolean multiLine, boolean shown) {
      this.multiLine = multiLine;
      this.shown = shown;
    }
  }

  private WireText() {}

  /**
   * Why {@code s} may not be a {@code kind} text, as the end of a sentence naming the field
   * ("contains a control character (U+0000)…"), or null when it may.
   */
  public static String problem(String s, Kind kind) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isHighSurrogate(c)) {
        if (i + 1 < s.length() && isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return "is not well-formed Unicode (a lone surrogate " + hex(c) + ")";
      }
      if (isLowSurrogate(c)) {
        return "is not well-formed Unicode (a lone surrogate " + hex(c) + ")";
      }
      if (c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029') {
        if (!kind.multiLine) {
          return "must be one line (it contains " + (c == '\t' ? "a tab" : "a line break") + ")";
        }
        continue;
      }
      if (isControl(c)) {
        return "contains a control character (" + hex(c) + "); only line breaks and tabs are allowed";
      }
      if (kind.shown && isBidiControl(c)) {
        return "contains a bidirectional control character (" + hex(c) + ") that would reorder the text around it";
      }
    }
    return null;
  }

  /** Refuses {@code value} when it may not be a {@code kind} text, naming {@code field}. */
  public static String check(String field, String value, Kind kind) {
    String problem = problem(value, kind);
    if (problem != null) {
      throw new WireException(field, "'" + field + "' " + problem + ".");
    }
    return value;
  }

  /**
   * What a multi-line text becomes so that {@link Kind#TEXT} accepts it: CR LF and lone CRs become LF,
   * other control characters and lone surrogates are dropped. For text read off a page (a post as the
   * site shows it), never for what a person typed into Chorus, which is refused instead.
   */
  public static String clean(String s) {
    if (s == null || problem(s, Kind.TEXT) == null) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isHighSurrogate(c) && i + 1 < s.length() && isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (c == '\r') {
        out.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t' || !(isControl(c) || isHighSurrogate(c) || isLowSurrogate(c))) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** C0 controls, DEL and C1 controls (U+0080–U+009F), line feed and tab included. */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** U+202A–U+202E (embeddings, overrides, their pop) and U+2066–U+2069 (isolates, their pop). */
  public static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isHighSurrogate(char c) {
    return c >= '\uD800' && c <= '\uDBFF';
  }

  private static boolean isLowSurrogate(char c) {
    return c >= '\uDC00' && c <= '\uDFFF';
  }

  /** "U+000A". */
  static String hex(char c) {
    String digits = Integer.toHexString(c).toUpperCase();
    return "U+" + "0000".substring(digits.length()) + digits;
  }
}
