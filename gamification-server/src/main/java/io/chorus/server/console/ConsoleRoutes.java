package io.chorus.server.console;

import io.chorus.shared.wire.ApiPaths;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The liaison's console: its page shell ({@code /console}) and its GWT-compiled script, style and
 * icons ({@code /console/*}, from the extension module's jar). The page calls the same {@code /api/...}
 * routes as everything else, signed in by a cookie session ({@code auth/ConsoleSessions}).
 */
public final class ConsoleRoutes {
  /**
   * No inline script or style, nothing from elsewhere, no framing; and Trusted Types with no policy at
   * all, so the browser itself refuses any string that would reach innerHTML or a script sink.
   */
  public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
      + "require-trusted-types-for 'script'; trusted-types 'none'";

  private final Buffer page;

  public ConsoleRoutes(Buffer page) {
    this.page = page;
  }

  public void mount(Router router) {
    router.get(ApiPaths.CONSOLE_PAGE).handler(this::page);
    router.get(ApiPaths.CONSOLE_PAGE + "/").handler(ctx -> ctx.redirect(ApiPaths.CONSOLE_PAGE));
    router.get(ApiPaths.CONSOLE_PAGE + "/*").handler(StaticHandler.create("chorus-console")
        .setCachingEnabled(true).setMaxAgeSeconds(60).setDirectoryListing(false));
  }

  private void page(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Security-Policy", CSP)
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("X-Frame-Options", "DENY")
        .putHeader("Cross-Origin-Opener-Policy", "same-origin")
        .putHeader("Cache-Control", "no-cache")
        .end(page);
  }
}
