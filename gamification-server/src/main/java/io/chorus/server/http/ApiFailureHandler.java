package io.chorus.server.http;

import io.chorus.shared.wire.ApiError;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.WireException;
import io.vertx.core.Handler;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become answers: {@code {"error":{"code":…,"message":…}}} with the code's
 * status. Unexpected failures are logged here and answered without internals.
 */
public final class ApiFailureHandler implements Handler<RoutingContext> {
  private static final Logger log = LoggerFactory.getLogger(ApiFailureHandler.class);

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    ApiError error = toError(ctx);
    int status = statusOf(error);
    if (status == 503) {
      ctx.response().putHeader("Retry-After", "2");
    }
    if (status == ErrorCode.TOO_MANY_ATTEMPTS.status()) {
      ctx.response().putHeader("Retry-After", "60");
    }
    Responses.json(ctx, status, JsonWriter.encode(error::write));
  }

  private ApiError toError(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof ApiException e) {
      return new ApiError(e.code().code(), e.getMessage(), e.field());
    }
    if (failure instanceof WireException e) {
      ErrorCode code = e.field() != null && e.getMessage().startsWith("Unknown field")
          ? ErrorCode.UNKNOWN_FIELD : ErrorCode.INVALID_FIELD;
      return new ApiError(code.code(), e.getMessage(), e.field());
    }
    if (failure instanceof DecodeException) {
      return ApiError.of(ErrorCode.MALFORMED_JSON);
    }
    if (failure instanceof ConnectionPoolTooBusyException || isDatabaseUnavailable(failure)) {
      log.warn("Answering 503: {}", failure.toString());
      return ApiError.of(ErrorCode.BUSY);
    }
    int status = failure instanceof HttpException h ? h.getStatusCode() : ctx.statusCode();
    switch (status) {
      case 404:
        return ApiError.of(ErrorCode.NOT_FOUND);
      case 405:
        return ApiError.of(ErrorCode.METHOD_NOT_ALLOWED);
      case 413:
        return ApiError.of(ErrorCode.BODY_TOO_LARGE);
      case 415:
        return ApiError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
      case 400:
        return ApiError.of(ErrorCode.MALFORMED_JSON);
      default:
        log.error("Unexpected failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
        return ApiError.of(ErrorCode.INTERNAL);
    }
  }

  private static boolean isDatabaseUnavailable(Throwable t) {
    if (t instanceof PgException pg) {
      // 57014: statement timeout; 57P01-03: the server is shutting down or starting; 53300: too many connections.
      String state = pg.getSqlState();
      return state != null && (state.equals("57014") || state.startsWith("57P") || state.equals("53300"));
    }
    return t instanceof ConnectException
        || (t instanceof VertxException && t.getMessage() != null
            && (t.getMessage().contains("Connection refused") || t.getMessage().contains("closed")
                || t.getMessage().equals("Timeout")));
  }

  private static int statusOf(ApiError error) {
    ErrorCode code = ErrorCode.fromCode(error.code());
    return code == null ? 500 : code.status();
  }
}
