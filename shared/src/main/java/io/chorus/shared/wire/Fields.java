package io.chorus.shared.wire;

import java.util.List;

/** Checks shared by the wire records' decoders. */
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
