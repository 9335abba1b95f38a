package io.chorus.extension.wire;

import io.chorus.shared.wire.WireException;
import io.chorus.shared.wire.WireReader;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The browser's WireReader over a parsed JSON object (or a structured-cloned message), so the shared
 * wire records decode in the extension and on the screen exactly as on the server.
 */
public final class JsReader implements WireReader {
  private final JsPropertyMap<Object> map;

  public JsReader(Object parsed) {
    if (parsed == null || !"object".equals(Js.typeof(parsed)) || elemental2.core.JsArray.isArray(parsed)) {
      throw new WireException(null, "Expected a JSON object.");
    }
    this.map = Js.asPropertyMap(parsed);
  }

  /** Parses JSON text into a reader. */
  public static JsReader parse(String json) {
    return new JsReader(elemental2.core.Global.JSON.parse(json));
  }

  /** The plain object underneath, e.g. to pass on in a chrome.runtime message. */
  public JsPropertyMap<Object> raw() {
    return map;
  }

  @Override
  public boolean has(String field) {
    return map.has(field) && map.get(field) != null;
  }

  @Override
  public String string(String field) {
    Object v = required(field);
    if (!"string".equals(Js.typeof(v))) {
      throw new WireException(field, "'" + field + "' must be a string.");
    }
    return Js.asString(v);
  }

  @Override
  public String optString(String field) {
    return has(field) ? string(field) : null;
  }

  @Override
  public long integer(String field) {
    Object v = required(field);
    if (!"number".equals(Js.typeof(v))) {
      throw new WireException(field, "'" + field + "' must be a number.");
    }
    double d = Js.asDouble(v);
    if (d != Math.floor(d)) {
      throw new WireException(field, "'" + field + "' must be a whole number.");
    }
    return (long) d;
  }

  @Override
  public long optInteger(String field, long whenAbsent) {
    return has(field) ? integer(field) : whenAbsent;
  }

  @Override
  public boolean bool(String field) {
    Object v = required(field);
    if (!"boolean".equals(Js.typeof(v))) {
      throw new WireException(field, "'" + field + "' must be true or false.");
    }
    return Js.isTruthy(v);
  }

  @Override
  public WireReader object(String field) {
    return new JsReader(required(field));
  }

  @Override
  public List<WireReader> objects(String field) {
    List<WireReader> out = new ArrayList<>();
    for (Object o : array(field)) {
      out.add(new JsReader(o));
    }
    return out;
  }

  @Override
  public List<String> strings(String field) {
    List<String> out = new ArrayList<>();
    for (Object o : array(field)) {
      if (!"string".equals(Js.typeof(o))) {
        throw new WireException(field, "'" + field + "' must hold strings.");
      }
      out.add(Js.asString(o));
    }
    return out;
  }

  @Override
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    map.forEach(names::add);
    return names;
  }

  private Object required(String field) {
    if (!has(field)) {
      throw new WireException(field, "'" + field + "' is required.");
    }
    return map.get(field);
  }

  private Object[] array(String field) {
    if (!has(field)) {
      return new Object[0];
    }
    Object v = map.get(field);
    if (!elemental2.core.JsArray.isArray(v)) {
      throw new WireException(field, "'" + field + "' must be an array.");
    }
    return Js.uncheckedCast(v);
  }
}
