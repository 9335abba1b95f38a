package io.chorus.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.WireException;
import io.chorus.shared.wire.WireText;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies, parsed strictly: Jackson (already here through Vert.x) with duplicate-name detection,
 * so {@code {"email":"a@…","email":"b@…"}} is refused rather than read as its last key; a small nesting
 * bound; nothing after the value; and every string — names and values, at any depth — held to
 * {@link WireText}'s lowest rule (well-formed, no control character but line feed and tab), so no route
 * can store a NUL or a lone surrogate whatever its own decoder checks. Builds the same JsonObject and
 * JsonArray values as {@code Json.decodeValue}, so {@link JsonReader} reads them unchanged.
 */
final class StrictJson {
  /** The API's bodies are flat records; a deeper body is an attack on the parser, not a request. */
  static final int MAX_DEPTH = 16;
  private static final String DUPLICATE = "Duplicate field '";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();

  private StrictJson() {}

  /** The body's one JSON value; a 400 (malformed_json, duplicate_field or invalid_field naming it) otherwise. */
  static Object parse(Buffer body) {
    try (JsonParser parser = FACTORY.createParser(body.getBytes())) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ApiException(ErrorCode.MALFORMED_JSON, "The request needs a JSON object body.");
      }
      Object value = value(parser, first, "");
      if (parser.nextToken() != null) {
        throw new ApiException(ErrorCode.MALFORMED_JSON, "The request body has more after its JSON value.");
      }
      return value;
    } catch (StreamReadException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith(DUPLICATE)) {
        String name = message.substring(DUPLICATE.length(), Math.max(DUPLICATE.length(), message.lastIndexOf('\'')));
        throw new ApiException(ErrorCode.DUPLICATE_FIELD, "The field '" + name + "' appears more than once; "
            + "send each field once.", name);
      }
      throw new ApiException(ErrorCode.MALFORMED_JSON);
    } catch (IOException e) {
      throw new ApiException(ErrorCode.MALFORMED_JSON);
    }
  }

  private static Object value(JsonParser p, JsonToken token, String path) throws IOException {
    if (token == null) {
      throw new ApiException(ErrorCode.MALFORMED_JSON);
    }
    switch (token) {
      case START_OBJECT:
        return object(p, path);
      case START_ARRAY:
        return array(p, path);
      case VALUE_STRING:
        return string(p.getText(), path);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new ApiException(ErrorCode.MALFORMED_JSON);
    }
  }

  private static JsonObject object(JsonParser p, String path) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    JsonToken token;
    while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String problem = WireText.problem(name, WireText.Kind.LINE);
      if (problem != null) {
        throw new WireException(path.isEmpty() ? null : path, "A field name in the body " + problem + ".");
      }
      String at = path.isEmpty() ? name : path + "." + name;
      fields.put(name, value(p, p.nextToken(), at));
    }
    if (token != JsonToken.END_OBJECT) {
      throw new ApiException(ErrorCode.MALFORMED_JSON);
    }
    return new JsonObject(fields);
  }

  private static JsonArray array(JsonParser p, String path) throws IOException {
    JsonArray out = new JsonArray();
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new ApiException(ErrorCode.MALFORMED_JSON);
      }
      out.add(value(p, token, path + "[" + out.size() + "]"));
    }
    return out;
  }

  private static String string(String s, String path) {
    String problem = WireText.problem(s, WireText.Kind.TEXT);
    if (problem != null) {
      String field = path.isEmpty() ? "body" : path;
      throw new WireException(field, "'" + field + "' " + problem + ".");
    }
    return s;
  }
}
