package io.chorus.server.auth;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;

/**
 * Route guard: a bearer token that verifies, has not been revoked, and whose role is among those the
 * route allows. Puts the {@link Caller} on the routing context for the handlers after it.
 */
public final class Authenticator {
  private static final String CALLER = "chorus.caller";

  private final TokenVerifier verifier;
  private final AuthStore store;
  private final ScreenStates screens;

  public Authenticator(TokenVerifier verifier, AuthStore store, ScreenStates screens) {
    this.verifier = verifier;
    this.store = store;
    this.screens = screens;
  }

  /** A handler that lets through only callers acting as one of these roles. */
  public Handler<RoutingContext> require(Role... allowed) {
    List<Role> roles = List.of(allowed);
    return ctx -> authenticate(ctx.request().getHeader("Authorization"))
        .onSuccess(caller -> {
          if (roles.stream().noneMatch(caller.role()::canActAs)) {
            ctx.fail(new ApiException(ErrorCode.FORBIDDEN,
                "A " + caller.role().wireName() + " token cannot do this."));
            return;
          }
          ctx.put(CALLER, caller);
          ctx.next();
        })
        .onFailure(ctx::fail);
  }

  public static Caller caller(RoutingContext ctx) {
    return ctx.get(CALLER);
  }

  Future<Caller> authenticate(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() < 8) {
      return Future.failedFuture(new ApiException(ErrorCode.TOKEN_MISSING));
    }
    TokenVerifier.Verified token;
    try {
      token = verifier.verify(header.substring(7).trim());
    } catch (ApiException e) {
      return Future.failedFuture(e);
    }
    if (token.role() == Role.DISPLAY) {
      UUID screen = parseUuid(token.subject());
      if (screen == null) {
        return Future.failedFuture(new ApiException(ErrorCode.TOKEN_INVALID));
      }
      return screens.stands(screen, token.companyId())
          .compose(ok -> ok ? Future.succeededFuture(Caller.display(token.subject(), token.companyId()))
              : Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED)));
    }
    long employeeId;
    try {
      employeeId = Long.parseLong(token.subject());
    } catch (NumberFormatException e) {
      return Future.failedFuture(new ApiException(ErrorCode.TOKEN_INVALID));
    }
    return store.roleIfTokenStands(employeeId, token.companyId(), token.issuedAtMillis())
        .compose(role -> role != null ? Future.succeededFuture(Caller.employee(employeeId, token.companyId(), role))
            : Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED)));
  }

  private static UUID parseUuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
