package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The writing twin of {@link MapReader}: a record written here reads back through MapReader as from JSON. */
final class MapWriter implements WireWriter {
  final Map<String, Object> map = new LinkedHashMap<>();

  static Map<String, Object> write(java.util.function.Consumer<WireWriter> record) {
    MapWriter w = new MapWriter();
    record.accept(w);
    return w.map;
  }

  @Override
  public WireWriter put(String field, String value) {
    if (value != null) {
      map.put(field, value);
    }
    return this;
  }

  @Override
  public WireWriter put(String field, long value) {
    map.put(field, value);
    return this;
  }

  @Override
  public WireWriter put(String field, boolean value) {
    map.put(field, value);
    return this;
  }

  @Override
  public WireWriter putStrings(String field, List<String> values) {
    map.put(field, new ArrayList<>(values));
    return this;
  }

  @Override
  public WireWriter object(String field) {
    MapWriter child = new MapWriter();
    map.put(field, child.map);
    return child;
  }

  @Override
  @SuppressWarnings("unchecked")
  public WireWriter addObject(String arrayField) {
    MapWriter child = new MapWriter();
    ((List<Object>) map.computeIfAbsent(arrayField, f -> new ArrayList<>())).add(child.map);
    return child;
  }

  @Override
  public WireWriter emptyArray(String field) {
    map.put(field, new ArrayList<>());
    return this;
  }
}
