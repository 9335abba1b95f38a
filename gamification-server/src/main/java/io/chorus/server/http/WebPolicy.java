package io.chorus.server.http;

import io.chorus.shared.wire.ApiError;
import io.chorus.shared.wire.ErrorCode;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.SecurityPolicyHandler;
import java.util.List;
import java.util.Set;

/** The web surface's fixed rules: who may call cross-origin, how big a body may be, common headers. */
public final class WebPolicy {
  /** Reports and sign-ins are small; nothing the API takes needs more. */
  public static final long BODY_LIMIT_BYTES = 16 * 1024;

  private WebPolicy() {}

  /**
   * CORS for exactly the configured origins (the extension's chrome-extension://<id>) and the server's
   * own; never "*". A request from any other origin is answered here with a plain 403
   * {@code origin_not_allowed} and no CORS headers, and nothing is logged: anyone can send such
   * requests, so they must not become error lines. (Vert.x's CorsHandler would fail the request, and
   * an unexpected failure is an ERROR and a 500.)
   */
  public static SecurityPolicyHandler cors(List<String> origins) {
    Set<String> allowed = Set.copyOf(origins);
    CorsHandler cors = CorsHandler.create()
        .addOrigins(origins)
        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT))
        .allowedHeaders(Set.of("Authorization", "Content-Type", "Idempotency-Key", "Last-Event-ID"))
        .exposedHeaders(Set.of("Idempotent-Replayed", "Retry-After"))
        .maxAgeSeconds(600);
    return ctx -> {
      String origin = ctx.request().getHeader("Origin");
      if (origin == null) {
        cors.handle(ctx);
      } else if (allowed.contains(origin)) {
        cors.handle(ctx);
      } else if (isSameOrigin(origin, SameOrigin.host(ctx.request()))) {
        // A page of this server (the screen, the console): the browser needs no CORS headers for it.
        ctx.next();
      } else {
        ctx.response().putHeader("Vary", "Origin");
        Responses.json(ctx, ErrorCode.ORIGIN_NOT_ALLOWED.status(),
            JsonWriter.encode(ApiError.of(ErrorCode.ORIGIN_NOT_ALLOWED)::write));
      }
    };
  }

  private static boolean isSameOrigin(String origin, String host) {
    return host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
  }

  public static BodyHandler body() {
    return BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES);
  }

  public static Handler<RoutingContext> commonHeaders() {
    return ctx -> {
      ctx.response()
          .putHeader("X-Content-Type-Options", "nosniff")
          .putHeader("Referrer-Policy", "no-referrer");
      ctx.next();
    };
  }
}
