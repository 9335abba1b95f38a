package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A WireReader over a Map, standing in for JSON in shared's own tests (both real ones are JSON-backed). */
final class MapReader implements WireReader {
  private final Map<String, Object> map;

  MapReader(Map<String, Object> map) {
    this.map = map;
  }

  @Override
  public boolean has(String field) {
    return map.get(field) != null;
  }

  @Override
  public String string(String field) {
    Object v = map.get(field);
    if (!(v instanceof String s)) {
      throw new WireException(field, "'" + field + "' must be a string.");
    }
    return s;
  }

  @Override
  public String optString(String field) {
    return has(field) ? string(field) : null;
  }

  @Override
  public long integer(String field) {
    Object v = map.get(field);
    if (!(v instanceof Long || v instanceof Integer)) {
      throw new WireException(field, "'" + field + "' must be a whole number.");
    }
    return ((Number) v).longValue();
  }

  @Override
  public long optInteger(String field, long whenAbsent) {
    return has(field) ? integer(field) : whenAbsent;
  }

  @Override
  public boolean bool(String field) {
    return (Boolean) map.get(field);
  }

  @Override
  @SuppressWarnings("unchecked")
  public WireReader object(String field) {
    return new MapReader((Map<String, Object>) map.get(field));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<WireReader> objects(String field) {
    List<WireReader> out = new ArrayList<>();
    // Absent reads as empty, as both JSON readers do.
    for (Object o : (List<Object>) map.getOrDefault(field, List.of())) {
      out.add(new MapReader((Map<String, Object>) o));
    }
    return out;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> strings(String field) {
    return (List<String>) map.get(field);
  }

  @Override
  public List<String> fieldNames() {
    return new ArrayList<>(map.keySet());
  }
}
