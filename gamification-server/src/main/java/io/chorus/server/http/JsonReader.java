package io.chorus.server.http;

import io.chorus.shared.wire.WireException;
import io.chorus.shared.wire.WireReader;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The server's WireReader over a Vert.x JsonObject, strict about types (12.5 is not a whole number). */
public final class JsonReader implements WireReader {
  private final JsonObject json;

  public JsonReader(JsonObject json) {
    this.json = json;
  }

  @Override
  public boolean has(String field) {
    return json.getValue(field) != null;
  }

  @Override
  public String string(String field) {
    Object v = json.getValue(field);
    if (v == null) {
      throw new WireException(field, "'" + field + "' is required.");
    }
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
    Object v = json.getValue(field);
    if (v == null) {
      throw new WireException(field, "'" + field + "' is required.");
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    if (v instanceof BigDecimal dec) {
      try {
        return dec.longValueExact();
      } catch (ArithmeticException e) {
        throw new WireException(field, "'" + field + "' must be a whole number.");
      }
    }
    throw new WireException(field, "'" + field + "' must be a whole number.");
  }

  @Override
  public long optInteger(String field, long whenAbsent) {
    return has(field) ? integer(field) : whenAbsent;
  }

  @Override
  public boolean bool(String field) {
    Object v = json.getValue(field);
    if (!(v instanceof Boolean b)) {
      throw new WireException(field, "'" + field + "' must be true or false.");
    }
    return b;
  }

  @Override
  public WireReader object(String field) {
    Object v = json.getValue(field);
    if (!(v instanceof JsonObject o)) {
      throw new WireException(field, "'" + field + "' must be an object.");
    }
    return new JsonReader(o);
  }

  @Override
  public List<WireReader> objects(String field) {
    List<WireReader> out = new ArrayList<>();
    for (Object o : array(field)) {
      if (!(o instanceof JsonObject obj)) {
        throw new WireException(field, "'" + field + "' must hold objects.");
      }
      out.add(new JsonReader(obj));
    }
    return out;
  }

  @Override
  public List<String> strings(String field) {
    List<String> out = new ArrayList<>();
    for (Object o : array(field)) {
      if (!(o instanceof String s)) {
        throw new WireException(field, "'" + field + "' must hold strings.");
      }
      out.add(s);
    }
    return out;
  }

  @Override
  public List<String> fieldNames() {
    return new ArrayList<>(json.fieldNames());
  }

  private JsonArray array(String field) {
    Object v = json.getValue(field);
    if (v == null) {
      return new JsonArray();
    }
    if (!(v instanceof JsonArray a)) {
      throw new WireException(field, "'" + field + "' must be an array.");
    }
    return a;
  }
}
