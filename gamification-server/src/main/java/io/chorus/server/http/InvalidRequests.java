package io.chorus.server.http;

import io.chorus.shared.wire.ApiError;
import io.chorus.shared.wire.ErrorCode;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Requests the HTTP decoder could not read (an address or headers over its limits, or broken HTTP)
 * never reach the router; Vert.x's default answers them with an empty 414/431/400. This gives them the
 * API's JSON error shape, then closes the connection as the default does (what follows on it cannot be
 * trusted to be a request boundary). Nothing is logged: anyone can send these.
 */
public final class InvalidRequests {
  private InvalidRequests() {}

  public static void answer(HttpServerRequest request) {
    DecoderResult result = request.decoderResult();
    Throwable cause = result == null ? null : result.cause();
    ErrorCode code = cause instanceof TooLongHttpLineException ? ErrorCode.URI_TOO_LONG
        : cause instanceof TooLongHttpHeaderException ? ErrorCode.HEADERS_TOO_LARGE
        : ErrorCode.BAD_REQUEST;
    request.response()
        .setStatusCode(code.status())
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Connection", "close")
        .end(JsonWriter.encode(ApiError.of(code)::write).toBuffer())
        .onComplete(done -> request.connection().close());
  }
}
