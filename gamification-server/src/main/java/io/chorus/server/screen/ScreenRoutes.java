package io.chorus.server.screen;

import io.chorus.server.auth.Authenticator;
import io.chorus.server.auth.Caller;
import io.chorus.server.auth.ScreenStates;
import io.chorus.server.auth.TokenIssuer;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Paging;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Fields;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.ScreenLine;
import io.chorus.shared.wire.WireReader;
import io.chorus.shared.wire.WireText;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The office screen: its page ({@code /screen}, opened as {@code /screen#t=<display token>} — the
 * fragment never reaches a server, log or referrer), its GWT-compiled script and style (from the
 * extension module's jar), and the liaison's endpoints to create and revoke screen links.
 */
public final class ScreenRoutes {
  /** No inline script or style, nothing from elsewhere: names and share titles are user input. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  /** A screen's name, as the liaison tells screens apart ("Lobby, Riga"). */
  static final int MAX_NAME = 100;

  private final Buffer page;
  private final ScreenStore store;
  private final TokenIssuer issuer;
  private final Authenticator auth;
  private final ScreenStates states;
  private final Supplier<String> publicUrl;

  public ScreenRoutes(Buffer page, ScreenStore store, TokenIssuer issuer, Authenticator auth, ScreenStates states,
      Supplier<String> publicUrl) {
    this.page = page;
    this.store = store;
    this.issuer = issuer;
    this.auth = auth;
    this.states = states;
    this.publicUrl = publicUrl;
  }

  /** The address of a screen, with its token in the fragment. */
  public static String screenUrl(String publicUrl, String token) {
    return publicUrl + ApiPaths.SCREEN_PAGE + "#t=" + token;
  }

  /** The same screen showing one contest (countdown, its board, then its winners). */
  public static String contestScreenUrl(String publicUrl, String token, long contestId) {
    return publicUrl + ApiPaths.SCREEN_PAGE + "?contest=" + contestId + "#t=" + token;
  }

  public void mount(Router router) {
    router.get(ApiPaths.SCREEN_PAGE).handler(this::page);
    router.get(ApiPaths.SCREEN_PAGE + "/*").handler(StaticHandler.create("chorus-screen")
        .setCachingEnabled(true).setMaxAgeSeconds(60).setDirectoryListing(false));
    router.post(ApiPaths.SCREENS).handler(auth.require(Role.LIAISON)).consumes("application/json")
        .handler(this::create);
    router.post(ApiPaths.SCREEN_REVOKE).handler(auth.require(Role.LIAISON)).handler(this::revoke);
  }

  /** {@code GET /api/liaison/screens?before=<screen id>&limit=}, on the liaison-only router. */
  public void mountLiaison(Router liaison) {
    liaison.get("/screens").handler(this::list);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID before = null;
    String cursor = ctx.request().getParam("before");
    if (cursor != null && !cursor.isEmpty()) {
      try {
        before = UUID.fromString(cursor);
      } catch (IllegalArgumentException e) {
        throw new ApiException(ErrorCode.INVALID_FIELD, "'before' must be a screen id from the page before.");
      }
    }
    store.page(Authenticator.caller(ctx).companyId(), before, limit + 1)
        .map(rows -> Paging.page(rows, limit, ScreenLine::id))
        .compose(page -> Responses.ok(ctx, JsonWriter.encode(w -> page.write(w, ScreenLine::write))))
        .onFailure(ctx::fail);
  }

  private void page(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Security-Policy", CSP)
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Cache-Control", "no-cache")
        .end(page);
  }

  private void create(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    WireReader body = Requests.body(ctx);
    Fields.allowOnly(body, "name");
    String name = Fields.text("name", body.string("name"), WireText.Kind.NAME, 1, MAX_NAME);
    store.create(caller.companyId(), name, caller.employeeId())
        .compose(id -> {
          String token = issuer.forScreen(id.toString(), caller.companyId()).token();
          return Responses.json(ctx, 201, new JsonObject().put("screenId", id.toString()).put("name", name)
              .put("token", token).put("url", screenUrl(publicUrl.get(), token)));
        })
        .onFailure(ctx::fail);
  }

  private void revoke(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.NOT_FOUND, "There is no such screen.");
    }
    store.revoke(id, caller.companyId())
        .compose(revoked -> {
          if (!revoked) {
            return Future.failedFuture(new ApiException(ErrorCode.NOT_FOUND, "There is no such live screen."));
          }
          // After commit: every node refuses the token and ends the screen's open streams.
          states.announceRevoked(id, caller.companyId());
          return Responses.ok(ctx, new JsonObject().put("revoked", true));
        })
        .onFailure(ctx::fail);
  }
}
