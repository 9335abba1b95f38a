package io.chorus.server.auth;

import io.chorus.server.http.ClientAddresses;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.Session;
import io.chorus.shared.wire.SignInRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Signing in (email + password → bearer token) and signing out everywhere. The password check and its
 * limits are {@link SignIn}'s, shared with the console's sign-in.
 */
public final class AuthRoutes {
  private final AuthStore store;
  private final SignIn signIn;
  private final TokenIssuer issuer;
  private final Authenticator auth;

  public AuthRoutes(AuthStore store, PasswordHasher hasher, TokenIssuer issuer, SignInLimits limits,
      ClientAddresses addresses, Authenticator auth) {
    this.store = store;
    this.signIn = new SignIn(store, hasher, limits, addresses);
    this.issuer = issuer;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.post(ApiPaths.SIGN_IN).consumes("application/json").handler(this::signIn);
    router.post(ApiPaths.SIGN_OUT_EVERYWHERE).handler(auth.require(Role.EMPLOYEE)).handler(this::signOutEverywhere);
  }

  private void signIn(RoutingContext ctx) {
    SignInRequest request = SignInRequest.read(Requests.body(ctx));
    signIn.check(ctx.request(), request)
        .compose(account -> {
          TokenIssuer.Issued token = issuer.forEmployee(account.profile().employeeId(), account.companyId(),
              account.profile().role());
          Session session = new Session(token.token(), token.expiresAtMillis(), account.profile());
          return Responses.ok(ctx, JsonWriter.encode(session::write));
        })
        .onFailure(ctx::fail);
  }

  private void signOutEverywhere(RoutingContext ctx) {
    Caller caller = Authenticator.caller(ctx);
    store.signOutEverywhere(caller.employeeId(), caller.companyId())
        .compose(v -> Responses.ok(ctx, new JsonObject().put("signedOut", true)))
        .onFailure(ctx::fail);
  }
}
