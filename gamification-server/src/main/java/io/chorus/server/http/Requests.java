package io.chorus.server.http;

import io.chorus.shared.wire.ErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Reading requests the same way everywhere: JSON objects only, strictly parsed, with clear errors. */
public final class Requests {
  private Requests() {}

  /**
   * The body as a wire reader: the one way a route reads its body, so every body is parsed by
   * {@link StrictJson} (a field named twice, a NUL, a lone surrogate or a control character anywhere
   * is a 400 naming it) before any decoder sees it. Malformed JSON, or JSON that is not an object, is a 400.
   */
  public static JsonReader body(RoutingContext ctx) {
    Buffer buffer = ctx.body().buffer();
    if (buffer == null || buffer.length() == 0) {
      throw new ApiException(ErrorCode.MALFORMED_JSON, "The request needs a JSON object body.");
    }
    Object value = StrictJson.parse(buffer);
    if (!(value instanceof JsonObject json)) {
      throw new ApiException(ErrorCode.MALFORMED_JSON, "The request body must be a JSON object.");
    }
    return new JsonReader(json);
  }

  /**
   * The body of an upload route (the people import's CSV file) as bytes, for the route's own parser:
   * the one other way a route may read its body. The size limit is {@link WebPolicy}'s for uploads.
   */
  public static Buffer upload(RoutingContext ctx) {
    Buffer buffer = ctx.body().buffer();
    if (buffer == null || buffer.length() == 0) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "The request needs a file as its body.");
    }
    return buffer;
  }

  /** A whole-number query parameter within [min, max], or the default when absent; else a 400 naming it. */
  public static int intParam(RoutingContext ctx, String name, int whenAbsent, int min, int max) {
    String value = ctx.request().getParam(name);
    if (value == null) {
      return whenAbsent;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw new ApiException(ErrorCode.INVALID_FIELD, "'" + name + "' must be a whole number from " + min
        + " to " + max + ".");
  }
}
