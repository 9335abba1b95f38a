package io.chorus.server.links;

import io.chorus.server.http.ClientAddresses;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.shared.wire.ApiPaths;
import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /r/:code}: a share's tracked link, open to anyone. A known code always redirects to the
 * content (bots and repeat visitors too: they should reach the page, they just earn nothing); a click
 * counts when it is a GET by a visitor new to this link whose User-Agent is not a known bot. Counting
 * never stands between the visitor and the page: if it fails, the redirect still happens.
 */
public final class LinkRoutes {
  private static final Logger log = LoggerFactory.getLogger(LinkRoutes.class);
  static final String NOT_KNOWN_PAGE = """
      <!doctype html>
      <html lang="en">
      <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Link not known</title></head>
      <body style="font-family: sans-serif; max-width: 32em; margin: 4em auto; padding: 0 1em">
      <h1>This link is not known</h1>
      <p>Check that the address was copied whole, or ask the person who shared it for the link again.</p>
      </body>
      </html>
      """;

  private final LinkStore store;
  private final Visitors visitors;
  private final ClientAddresses addresses;
  private final LeaderboardIndex leaderboard;
  private final Supplier<String> publicUrl;

  public LinkRoutes(LinkStore store, Visitors visitors, ClientAddresses addresses, LeaderboardIndex leaderboard,
      Supplier<String> publicUrl) {
    this.store = store;
    this.visitors = visitors;
    this.addresses = addresses;
    this.leaderboard = leaderboard;
    this.publicUrl = publicUrl;
  }

  public void mount(Router router) {
    router.route(ApiPaths.TRACKED_LINK).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::follow);
  }

  private void follow(RoutingContext ctx) {
    String code = ctx.pathParam("code");
    if (!LinkCodes.isWellFormed(code)) {
      notKnown(ctx);
      return;
    }
    store.find(code)
        .compose(link -> {
          if (link == null) {
            notKnown(ctx);
            return Future.succeededFuture();
          }
          return count(ctx, link)
              .recover(e -> {
                log.warn("A click on {} was not counted: {}", code, e.toString());
                return Future.succeededFuture();
              })
              .compose(v -> redirect(ctx, link.contentUrl()));
        })
        .onFailure(ctx::fail);
  }

  private Future<Void> count(RoutingContext ctx, LinkStore.Link link) {
    HttpServerRequest request = ctx.request();
    String userAgent = request.getHeader("User-Agent");
    if (request.method() != HttpMethod.GET || Bots.isBot(userAgent)) {
      return Future.succeededFuture();
    }
    Cookie cookie = request.getCookie(Visitors.COOKIE);
    String fromCookie = visitors.fromCookie(cookie == null ? null : cookie.getValue());
    // Without our cookie, a visitor is their network: the browser's name is the client's to choose.
    String visitor = fromCookie != null ? fromCookie : visitors.ofNetwork(addresses.networkOf(request));
    if (fromCookie == null) {
      ctx.response().addCookie(Cookie.cookie(Visitors.COOKIE, visitors.cookieValue(visitor))
          .setPath(ApiPaths.TRACKED_LINK_PREFIX).setMaxAge(Visitors.COOKIE_MAX_AGE_SECONDS).setHttpOnly(true)
          .setSameSite(CookieSameSite.LAX).setSecure(publicUrl.get().startsWith("https:")));
    }
    // Published only after the click's transaction committed.
    return store.click(link, visitor).compose(leaderboard::committed);
  }

  private static Future<Void> redirect(RoutingContext ctx, String url) {
    return ctx.response().setStatusCode(302)
        .putHeader("Location", url)
        // Every visit must reach us to be judged; a cached redirect would hide it.
        .putHeader("Cache-Control", "no-store")
        .end();
  }

  private static void notKnown(RoutingContext ctx) {
    ctx.response().setStatusCode(404)
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .putHeader("Cache-Control", "no-store")
        .end(NOT_KNOWN_PAGE);
  }
}
