package io.chorus.shared.wire;

import java.util.List;

/** The writing side of {@link WireReader}: builds one JSON object, field by field. */
public interface WireWriter {
  /** Writes a string; null writes nothing (absent fields read back as null). */
  WireWriter put(String field, String value);

  WireWriter put(String field, long value);

  WireWriter put(String field, boolean value);

  WireWriter putStrings(String field, List<String> values);

  /** A nested object under the field. */
  WireWriter object(String field);

  /** A new object appended to the array under the field (created on first use). */
  WireWriter addObject(String arrayField);

  /** Declares an empty array under the field, so readers see [] rather than nothing. */
  WireWriter emptyArray(String field);
}
