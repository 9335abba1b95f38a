package io.chorus.shared.wire;

import io.chorus.shared.text.TextPlatform;
import java.util.List;

/**
 * Checks shared by the wire records' decoders. Every text a request carries goes through
 * {@link #text} (or {@link #optionalText}) with its {@link WireText.Kind}: one line or several, shown to
 * others or not.
 */
public final class Fields {
  private Fields() {}

  /** Refuses any field outside the allowed ones, so a misspelt field never passes silently. */
  public static void allowOnly(WireReader r, String... allowed) {
    List<String> allowedList = List.of(allowed);
    for (String name : r.fieldNames()) {
      if (!allowedList.contains(name)) {
        throw new WireException(name, "Unknown field '" + name + "'.");
      }
    }
  }

  /**
   * A required text: refused when it is not a {@code kind} text ({@link WireText}), or when, trimmed, it
   * is empty, shorter than {@code min} or longer than {@code max} characters (UTF-16 units, as the
   * browser's maxlength counts). Returned trimmed; one-line kinds also in Unicode NFC, so that names,
   * values and emails compare equal however the client composed them.
   */
  public static String text(String field, String value, WireText.Kind kind, int min, int max) {
    if (value == null) {
      throw new WireException(field, "'" + field + "' is required.");
    }
    WireText.check(field, value, kind);
    String t = value.trim();
    if (kind == WireText.Kind.LINE || kind == WireText.Kind.NAME) {
      t = TextPlatform.nfc(t);
    }
    if (t.isEmpty() && min > 0) {
      throw new WireException(field, "'" + field + "' is required.");
    }
    if (t.length() < min) {
      throw new WireException(field, "'" + field + "' must be at least " + min + " characters.");
    }
    if (t.length() > max) {
      throw new WireException(field, "'" + field + "' is longer than " + max + " characters.");
    }
    return t;
  }

  /** Like {@link #text}, but absent (null) is allowed and stays null. */
  public static String optionalText(String field, String value, WireText.Kind kind, int min, int max) {
    return value == null ? null : text(field, value, kind, min, max);
  }

  public static String requireLength(String field, String value, int min, int max) {
    if (value == null || value.trim().length() < min) {
      throw new WireException(field, "'" + field + "' is required.");
    }
    if (value.length() > max) {
      throw new WireException(field, "'" + field + "' is longer than " + max + " characters.");
    }
    return value;
  }

  public static String optionalMax(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new WireException(field, "'" + field + "' is longer than " + max + " characters.");
    }
    return value;
  }

  public static long requirePositive(String field, long value) {
    if (value <= 0) {
      throw new WireException(field, "'" + field + "' must be a positive whole number.");
    }
    return value;
  }
}
