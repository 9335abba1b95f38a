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
import io.vertx.sqlclient.ClosedConnectionException;
import io.netty.handler.timeout.TimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
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
    if (ctx.failure() instanceof RetryLaterException later) {
      ctx.response().putHeader("Retry-After", String.valueOf(later.retryAfterSeconds()));
    } else if (status == 503) {
      ctx.response().putHeader("Retry-After", "2");
    } else if (status == ErrorCode.TOO_MANY_ATTEMPTS.status()) {
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
    if (isDatabaseUnavailable(failure)) {
      log.warn("Answering 503 to {} {}: {}", ctx.request().method(), ctx.request().path(), failure.toString());
      return ApiError.of(ErrorCode.BUSY);
    }
    int status = failure instanceof HttpException h ? h.getStatusCode() : ctx.statusCode();
    switch (status) {
      case 403:
        return ApiError.of(ErrorCode.FORBIDDEN);
      case 404:
        return ApiError.of(ErrorCode.NOT_FOUND);
      case 405:
        return ApiError.of(ErrorCode.METHOD_NOT_ALLOWED);
      case 413:
        Long upload = ctx.get(WebPolicy.UPLOAD_LIMIT_KEY);
        return upload == null ? ApiError.of(ErrorCode.BODY_TOO_LARGE) : new ApiError(ErrorCode.BODY_TOO_LARGE.code(),
            "The file is larger than an import takes: at most " + WebPolicy.megabytes(upload) + " (about 10,000 people).");
      case 415:
        return ApiError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
      case 400:
        return ApiError.of(ErrorCode.MALFORMED_JSON);
      default:
        log.error("Unexpected failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
        return ApiError.of(ErrorCode.INTERNAL);
    }
  }

  /**
   * Whether a failure means the database cannot be reached or used right now — worth a 503 with
   * Retry-After, since asking again later will work: a full or closed pool, a connection refused,
   * reset, closed or timed out (also mid-query, e.g. a backend terminated by an administrator or a
   * restart), too many connections, a statement timeout, a server shutting down or starting. The
   * whole cause chain is looked at: the sign of a lost connection is sometimes wrapped.
   */
  static boolean isDatabaseUnavailable(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      if (isUnavailable(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnavailable(Throwable t) {
    if (t instanceof PgException pg) {
      String state = pg.getSqlState();
      // 08: connection exceptions; 57P01-03: admin shutdown (pg_terminate_backend), crash shutdown, cannot
      // connect now; 57014: statement timeout or cancel; 53: insufficient resources (too many connections).
      return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014")
          || state.startsWith("53"));
    }
    if (t instanceof ConnectionPoolTooBusyException || t instanceof ClosedConnectionException
        || t instanceof ConnectException || t instanceof ClosedChannelException || t instanceof TimeoutException
        || t instanceof java.util.concurrent.TimeoutException) {
      return true;
    }
    String message = t.getMessage();
    if (message == null) {
      return false;
    }
    String m = message.toLowerCase(Locale.ROOT);
    if (t instanceof IOException) {
      // Netty's native transport reports "Connection reset by peer" / "Broken pipe" as IOExceptions.
      return m.contains("connection reset") || m.contains("broken pipe");
    }
    return t instanceof VertxException && (m.contains("connection refused") || m.contains("closed")
        || m.startsWith("timeout") || m.contains("connection reset"));
  }

  private static int statusOf(ApiError error) {
    ErrorCode code = ErrorCode.fromCode(error.code());
    return code == null ? 500 : code.status();
  }
}
