package io.chorus.server.auth;

import io.chorus.server.http.ApiException;
import io.chorus.server.http.ClientAddresses;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.SignInRequest;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;

/**
 * Checking an email and password, the one way both sign-ins (the extension's bearer token and the
 * console's cookie) do it: admitted by {@link SignInLimits} before the account is even looked up
 * (a refusal is thrown at once), and settled once its password was checked.
 */
final class SignIn {
  private final AuthStore store;
  private final PasswordHasher hasher;
  private final SignInLimits limits;
  private final ClientAddresses addresses;

  SignIn(AuthStore store, PasswordHasher hasher, SignInLimits limits, ClientAddresses addresses) {
    this.store = store;
    this.hasher = hasher;
    this.limits = limits;
    this.addresses = addresses;
  }

  /** The account whose password this is, or a failed future with {@code bad_credentials}. */
  Future<AuthStore.Account> check(HttpServerRequest from, SignInRequest request) {
    SignInLimits.Ticket ticket = limits.admit(request.email(), addresses.networkOf(from));
    return store.accountByEmail(request.email())
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
          return Future.succeededFuture(account);
        });
  }
}
