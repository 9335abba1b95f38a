package io.chorus.server.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import java.util.Set;

/** The web surface's fixed rules: who may call cross-origin, how big a body may be, common headers. */
public final class WebPolicy {
  /** Reports and sign-ins are small; nothing the API takes needs more. */
  public static final long BODY_LIMIT_BYTES = 16 * 1024;

  private WebPolicy() {}

  /** CORS for exactly the configured origins (the extension's chrome-extension://<id>); never "*". */
  public static CorsHandler cors(List<String> origins) {
    return CorsHandler.create()
        .addOrigins(origins)
        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT))
        .allowedHeaders(Set.of("Authorization", "Content-Type", "Idempotency-Key", "Last-Event-ID"))
        .exposedHeaders(Set.of("Idempotent-Replayed", "Retry-After"))
        .maxAgeSeconds(600);
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

  /**
   * {@code cors} for requests from other origins only. The server's own pages are not cross-origin, but
   * a browser still sends their changes with an {@code Origin}, which the allow-list (the extension's
   * origin) would refuse.
   */
  public static Handler<RoutingContext> corsForOtherOrigins(CorsHandler cors, String publicUrl) {
    return ctx -> {
      if (SameOrigin.fromOwnPage(ctx.request(), publicUrl)) {
        ctx.next();
      } else {
        cors.handle(ctx);
      }
    };
  }
}
