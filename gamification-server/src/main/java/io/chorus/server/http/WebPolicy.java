package io.chorus.server.http;

import io.chorus.shared.wire.ApiError;
import io.chorus.shared.wire.ApiPaths;
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
  /** Reports and sign-ins are small; nothing the API takes needs more, but for uploads. */
  public static final long BODY_LIMIT_BYTES = 16 * 1024;
  /** A file a liaison uploads (the people import's CSV): about 10,000 people. */
  public static final long UPLOAD_LIMIT_BYTES = 1024 * 1024;
  /** The routes that take a file, and so the larger limit. */
  private static final Set<String> UPLOADS = Set.of(ApiPaths.PEOPLE_IMPORT);

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

  /**
   * Reads the body within its limit: {@link #BODY_LIMIT_BYTES} for JSON, {@link #UPLOAD_LIMIT_BYTES} for
   * an upload route. An upload that says it is larger is refused before it is read, with the limit and
   * its size in the message; one that only turns out larger gets the same code.
   */
  public static Handler<RoutingContext> body() {
    BodyHandler small = BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES);
    BodyHandler upload = BodyHandler.create(false).setBodyLimit(UPLOAD_LIMIT_BYTES);
    return ctx -> {
      if (!UPLOADS.contains(ctx.normalizedPath())) {
        small.handle(ctx);
        return;
      }
      long declared = declaredLength(ctx);
      if (declared > UPLOAD_LIMIT_BYTES) {
        ctx.fail(new ApiException(ErrorCode.BODY_TOO_LARGE, "The file is " + megabytes(declared)
            + "; an import takes at most " + megabytes(UPLOAD_LIMIT_BYTES) + " (about 10,000 people). Split it "
            + "into smaller files."));
        return;
      }
      ctx.put(UPLOAD_LIMIT_KEY, UPLOAD_LIMIT_BYTES);
      upload.handle(ctx);
    };
  }

  /** Set on an upload's context, so a 413 can say the limit. */
  public static final String UPLOAD_LIMIT_KEY = "chorus.uploadLimit";

  /** "1 MB", "5.2 MB". */
  public static String megabytes(long bytes) {
    long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
    return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + tenths % 10) + " MB";
  }

  private static long declaredLength(RoutingContext ctx) {
    String length = ctx.request().getHeader("Content-Length");
    try {
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
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
