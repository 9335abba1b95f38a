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
 * Route guard: a bearer token (extension, screens) or, without one, the liaison console's cookie
 * session ({@link ConsoleSessions}: unsafe requests also need its anti-forgery header) that verifies,
 * has not been revoked, and whose role is among those the route allows. Puts the {@link Caller} on the
 * routing context for the handlers after it.
 */
public final class Authenticator {
  private static final String CALLER = "chorus.caller";

  private final TokenVerifier verifier;
  private final TokenStates tokenStates;
  private final ScreenStates screens;
  private final ConsoleSessions consoleSessions;

  /** Bearer tokens only. */
  public Authenticator(TokenVerifier verifier, AuthStore store, ScreenStates screens) {
    this(verifier, store, screens, null);
  }

  /** Bearer tokens, and console sessions when {@code consoleSessions} is not null. */
  public Authenticator(TokenVerifier verifier, AuthStore store, ScreenStates screens,
      ConsoleSessions consoleSessions) {
    this.verifier = verifier;
    this.tokenStates = new TokenStates(store);
    this.screens = screens;
    this.consoleSessions = consoleSessions;
  }

  /** A handler that lets through only callers acting as one of these roles. */
  public Handler<RoutingContext> require(Role... allowed) {
    List<Role> roles = List.of(allowed);
    return ctx -> authenticate(ctx)
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

  /** A bearer token when the request has one; else the console's cookie, when it has that. */
  private Future<Caller> authenticate(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null && consoleSessions != null && consoleSessions.presented(ctx)) {
      return consoleSessions.authenticate(ctx);
    }
    return authenticate(header);
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
    return tokenStates.of(employeeId)
        .map(state -> state == null ? null : state.roleIfStands(token.companyId(), token.issuedAtMillis()))
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
