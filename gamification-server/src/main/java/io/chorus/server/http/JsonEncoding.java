package io.chorus.server.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.EncodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;

/**
 * JSON written by Vert.x's streaming Jackson encoder, for answers and for jsonb parameters alike.
 * {@link JsonObject#toBuffer} and the PG client's JsonObject parameters go through Jackson databind when
 * it is on the class path (it is, for Vert.x Web), which looks up a serializer for every value and builds
 * a serializer provider for every object: about twice the CPU for the same bytes. What Chorus writes is
 * built of JSON values only (wire records written by JsonWriter), which the streaming encoder writes
 * identically; anything else it refuses, and databind writes it as before.
 */
public final class JsonEncoding {
  private static final JacksonCodec STREAMING = new JacksonCodec();

  private JsonEncoding() {}

  public static Buffer buffer(JsonObject value) {
    try {
      return STREAMING.toBuffer(value, false);
    } catch (EncodeException notPlainJson) {
      return value.toBuffer();
    }
  }

  /** For a {@code $n::text::jsonb} parameter: PostgreSQL parses it into the same jsonb. */
  public static String text(JsonObject value) {
    try {
      return STREAMING.toString(value, false);
    } catch (EncodeException notPlainJson) {
      return value.encode();
    }
  }
}
