package io.chorus.server.auth;

import io.chorus.server.http.ApiException;
import io.chorus.server.http.ClientAddresses;
import io.chorus.server.http.JsonWriter;
import io.chorus.server.http.Requests;
import io.chorus.server.http.Responses;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.chorus.shared.wire.Session;
import io.chorus.shared.wire.SignInRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Signing in (email + password → bearer token) and signing out everywhere. A sign-in is admitted by
 * {@link SignInLimits} before the account is even looked up, and settled once its password was checked.
 */
public final class AuthRoutes {
  private final AuthStore store;
  private final PasswordHasher hasher;
  private final TokenIssuer issuer;
  private final SignInLimits limits;
  private final ClientAddresses addresses;
  private final Authenticator auth;

  public AuthRoutes(AuthStore store, PasswordHasher hasher, TokenIssuer issuer, SignInLimits limits,
      ClientAddresses addresses, Authenticator auth) {
    this.store = store;
    this.hasher = hasher;
    this.issuer = issuer;
    this.limits = limits;
    this.addresses = addresses;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.post(ApiPaths.SIGN_IN).consumes("application/json").handler(this::signIn);
    router.post(ApiPaths.SIGN_OUT_EVERYWHERE).handler(auth.require(Role.EMPLOYEE)).handler(this::signOutEverywhere);
  }

  private void signIn(RoutingContext ctx) {
    SignInRequest request = SignInRequest.read(Requests.body(ctx));
    SignInLimits.Ticket ticket = limits.admit(request.email(), addresses.networkOf(ctx.request()));
    store.accountByEmail(request.email())
        .onFailure(e -> ticket.abandoned())
        .compose(account -> hasher.verify(request.password(), account == null ? null : account.passwordHash())
            .onFailure(e -> ticket.abandoned())
            .map(matches -> matches ? account : null))
        .compose(account -> {
          if (account == null) {
            ticket.failed();
            return Future.failedFuture(new ApiException(ErrorCode.BAD_CREDENTIALS));
          }
          ticket.succeeded();
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
