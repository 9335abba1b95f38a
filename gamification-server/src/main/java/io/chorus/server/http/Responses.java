package io.chorus.server.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.EncodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;
import io.vertx.ext.web.RoutingContext;

/** Writing JSON answers the same way everywhere. */
public final class Responses {
  /**
   * Vert.x's streaming Jackson encoder. {@link JsonObject#toBuffer} goes through Jackson databind when it
   * is on the class path (it is, for Vert.x Web), which looks up a serializer for every value and builds
   * a serializer provider for every answer: about twice the CPU for the same bytes. Answers are built of
   * JSON values only (wire records written by JsonWriter), which the streaming encoder writes
   * identically; anything else it refuses, and databind writes it as before.
   */
  private static final JacksonCodec STREAMING = new JacksonCodec();

  private Responses() {}

  public static Future<Void> json(RoutingContext ctx, int status, JsonObject body) {
    return ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(encode(body));
  }

  public static Future<Void> ok(RoutingContext ctx, JsonObject body) {
    return json(ctx, 200, body);
  }

  static Buffer encode(JsonObject body) {
    try {
      return STREAMING.toBuffer(body, false);
    } catch (EncodeException notPlainJson) {
      return body.toBuffer();
    }
  }
}
