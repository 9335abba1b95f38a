package io.chorus.extension.wire;

import elemental2.core.Global;
import elemental2.core.JsArray;
import io.chorus.shared.wire.WireWriter;
import java.util.List;
import java.util.function.Consumer;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The browser's WireWriter: builds a plain JS object, ready for JSON.stringify or for a chrome.runtime
 * message (plain objects structured-clone cleanly; Java objects do not).
 */
public final class JsWriter implements WireWriter {
  private final JsPropertyMap<Object> map;

  public JsWriter() {
    this(JsPropertyMap.of());
  }

  private JsWriter(JsPropertyMap<Object> map) {
    this.map = map;
  }

  /** Encodes a wire record as a plain object: {@code JsWriter.encode(report::write)}. */
  public static JsPropertyMap<Object> encode(Consumer<WireWriter> record) {
    JsWriter w = new JsWriter();
    record.accept(w);
    return w.map;
  }

  /** Encodes a wire record as JSON text. */
  public static String json(Consumer<WireWriter> record) {
    return Global.JSON.stringify(encode(record));
  }

  public JsPropertyMap<Object> object() {
    return map;
  }

  @Override
  public WireWriter put(String field, String value) {
    if (value != null) {
      map.set(field, value);
    }
    return this;
  }

  @Override
  public WireWriter put(String field, long value) {
    map.set(field, (double) value);
    return this;
  }

  @Override
  public WireWriter put(String field, boolean value) {
    map.set(field, value);
    return this;
  }

  @Override
  public WireWriter putStrings(String field, List<String> values) {
    JsArray<String> array = new JsArray<>();
    for (String v : values) {
      array.push(v);
    }
    map.set(field, array);
    return this;
  }

  @Override
  public WireWriter object(String field) {
    JsPropertyMap<Object> child = JsPropertyMap.of();
    map.set(field, child);
    return new JsWriter(child);
  }

  @Override
  public WireWriter addObject(String arrayField) {
    JsPropertyMap<Object> child = JsPropertyMap.of();
    arrayOf(arrayField).push(child);
    return new JsWriter(child);
  }

  @Override
  public WireWriter emptyArray(String field) {
    arrayOf(field);
    return this;
  }

  private JsArray<Object> arrayOf(String field) {
    if (!map.has(field)) {
      map.set(field, new JsArray<>());
    }
    return Js.uncheckedCast(map.get(field));
  }
}
