package io.chorus.shared.wire;

import java.util.List;

/**
 * A read-only view of one JSON object, implemented over Vert.x's JsonObject on the server and over a
 * parsed JS object in the browser, so each wire record is decoded — and validated — by one piece of
 * shared code. Required accessors throw {@link WireException} naming the field; optional ones return
 * null (or the given default) when the field is absent or JSON null.
 */
public interface WireReader {
  boolean has(String field);

  String string(String field);

  String optString(String field);

  long integer(String field);

  long optInteger(String field, long whenAbsent);

  boolean bool(String field);

  WireReader object(String field);

  List<WireReader> objects(String field);

  List<String> strings(String field);

  /** The names of the fields present, so decoders can refuse unknown ones. */
  List<String> fieldNames();
}
