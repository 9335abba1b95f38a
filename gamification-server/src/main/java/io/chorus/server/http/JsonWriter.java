package io.chorus.server.http;

import io.chorus.shared.wire.WireWriter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The server's WireWriter, building a Vert.x JsonObject. */
public final class JsonWriter implements WireWriter {
  private final JsonObject json;

  public JsonWriter() {
    this(new JsonObject());
  }

  private JsonWriter(JsonObject json) {
    this.json = json;
  }

  /** Encodes a wire record: {@code JsonWriter.encode(receipt::write)}. */
  public static JsonObject encode(java.util.function.Consumer<WireWriter> record) {
    JsonWriter w = new JsonWriter();
    record.accept(w);
    return w.json;
  }

  public JsonObject json() {
    return json;
  }

  @Override
  public WireWriter put(String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
    return this;
  }

  @Override
  public WireWriter put(String field, long value) {
    json.put(field, value);
    return this;
  }

  @Override
  public WireWriter put(String field, boolean value) {
    json.put(field, value);
    return this;
  }

  @Override
  public WireWriter putStrings(String field, List<String> values) {
    json.put(field, new JsonArray(List.copyOf(values)));
    return this;
  }

  @Override
  public WireWriter object(String field) {
    JsonObject child = new JsonObject();
    json.put(field, child);
    return new JsonWriter(child);
  }

  @Override
  public WireWriter addObject(String arrayField) {
    JsonObject child = new JsonObject();
    arrayOf(arrayField).add(child);
    return new JsonWriter(child);
  }

  @Override
  public WireWriter emptyArray(String field) {
    arrayOf(field);
    return this;
  }

  private JsonArray arrayOf(String field) {
    JsonArray a = json.getJsonArray(field);
    if (a == null) {
      a = new JsonArray();
      json.put(field, a);
    }
    return a;
  }
}
