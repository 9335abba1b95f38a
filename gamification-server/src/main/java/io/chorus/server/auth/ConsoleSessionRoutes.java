package io.chorus.server.auth;

import io.chorus.server.http.ApiException;
import io.chorus.server.http.ClientAddresses;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ConsoleSession;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.SignInRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The console's session ({@link ConsoleSessions}): {@code POST /api/console/sign-in} (the same account
 * and the same {@link SignIn} check and limits as the extension's, but the answer is a cookie and an anti-forgery token,
 * never a token a script could read), {@code GET /api/console/session} (the console after a reload:
 * who is signed in, and the anti-forgery token again) and {@code POST /api/console/sign-out}.
 * An employee's correct password gets {@code liaisons_only} and no session.
 */
public final class ConsoleSessionRoutes {
  private final AuthStore store;
  private final SignIn signIn;
  private final ConsoleSessions sessions;

  public ConsoleSessionRoutes(AuthStore store, PasswordHasher hasher, SignInLimits limits, ClientAddresses addresses,
      ConsoleSessions sessions) {
    this.store = store;
    this.signIn = new SignIn(store, hasher, limits, addresses);
    this.sessions = sessions;
  }

  public void mount(Router router) {
    router.post(ApiPaths.CONSOLE_SIGN_IN).consumes("application/json").handler(this::signIn);
    router.get(ApiPaths.CONSOLE_SESSION).handler(this::session);
    router.post(ApiPaths.CONSOLE_SIGN_OUT).handler(this::signOut);
  }

  private void signIn(RoutingContext ctx) {
    // Another site's page must not sign a liaison into someone else's session either.
    sessions.refuseCrossSite(ctx.request());
    SignInRequest request = SignInRequest.read(Requests.body(ctx));
    signIn.check(ctx.request(), request)
        .compose(account -> {
          if (account.profile().role() != Role.LIAISON) {
            return Future.failedFuture(new ApiException(ErrorCode.LIAISONS_ONLY));
          }
          ConsoleSessions.Started started = sessions.start(account.profile().employeeId(), account.companyId(),
              account.profile().role());
          ctx.response().addCookie(started.cookie());
          ConsoleSession session = new ConsoleSession(started.csrfToken(), started.expiresAtMillis(),
              account.profile());
          return Responses.ok(ctx, JsonWriter.encode(session::write));
        })
        .onFailure(ctx::fail);
  }

  private void session(RoutingContext ctx) {
    sessions.authenticate(ctx)
        .compose(caller -> store.profile(caller.employeeId(), caller.companyId()))
        .compose(profile -> {
          if (profile == null) {
            return Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED));
          }
          ConsoleSession session = new ConsoleSession(sessions.csrfTokenOf(ctx),
              ConsoleSessions.claimsOf(ctx).expiresAtMillis(), profile);
          return Responses.ok(ctx, JsonWriter.encode(session::write));
        })
        .onFailure(ctx::fail);
  }

  /** Ends this session for good and clears the cookie; without a valid session, just clears the cookie. */
  private void signOut(RoutingContext ctx) {
    sessions.end(ctx)
        .compose(v -> {
          ctx.response().addCookie(sessions.cleared());
          return Responses.ok(ctx, new JsonObject().put("signedOut", true));
        })
        .onFailure(ctx::fail);
  }
}
