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
  private static final String TO_CONFIRM = "chorus.token-to-confirm";

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

  /**
   * Like {@link #require}, for a handler that checks revocation itself, in its own first round trip to
   * the database (a share report: ShareStore reads the employee's token state with its first statements,
   * saving the request a round trip). An employee's bearer token is checked here in everything but
   * revocation and handed on as {@link #toConfirm}; the handler must check that against the database's
   * token state before it acts or answers, and pass every failure through {@link #refusedIfRevoked}, so
   * a signed-out, deactivated or demoted employee is refused exactly as by {@link #require}. Screens'
   * tokens and console sessions are checked here in full, as by require (toConfirm is then null).
   */
  public Handler<RoutingContext> requireRevocationCheckedByHandler(Role... allowed) {
    List<Role> roles = List.of(allowed);
    Handler<RoutingContext> inFull = require(allowed);
    return ctx -> {
      String header = ctx.request().getHeader("Authorization");
      if (header == null) {
        inFull.handle(ctx);
        return;
      }
      TokenVerifier.Verified token;
      try {
        token = verified(header);
      } catch (ApiException e) {
        ctx.fail(e);
        return;
      }
      if (token.role() == Role.DISPLAY) {
        inFull.handle(ctx);
        return;
      }
      Long employeeId = employeeId(token);
      if (employeeId == null) {
        ctx.fail(new ApiException(ErrorCode.TOKEN_INVALID));
        return;
      }
      ctx.put(TO_CONFIRM, new TokenToConfirm(employeeId, token.companyId(), token.issuedAtMillis(), roles));
      ctx.put(CALLER, Caller.employee(employeeId, token.companyId(), token.role()));
      ctx.next();
    };
  }

  /** The token the handler must still check for revocation, or null when the guard checked it in full. */
  public static TokenToConfirm toConfirm(RoutingContext ctx) {
    return ctx.get(TO_CONFIRM);
  }

  /**
   * A failed request's answer when the guard left revocation to the handler: a revoked token is refused
   * as such whatever else went wrong (bad input, a refusal, a lost connection), as it would have been
   * before the handler ran; otherwise the failure itself.
   */
  public <T> Future<T> refusedIfRevoked(RoutingContext ctx, Throwable failure) {
    TokenToConfirm token = toConfirm(ctx);
    if (token == null || failure instanceof ApiException e && e.code() == ErrorCode.TOKEN_REVOKED) {
      return Future.failedFuture(failure);
    }
    return tokenStates.of(token.employeeId()).transform(state -> Future.failedFuture(
        state.succeeded() && !token.standsBy(state.result()) ? new ApiException(ErrorCode.TOKEN_REVOKED) : failure));
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
    TokenVerifier.Verified token;
    try {
      token = verified(header);
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
    Long employeeId = employeeId(token);
    if (employeeId == null) {
      return Future.failedFuture(new ApiException(ErrorCode.TOKEN_INVALID));
    }
    return tokenStates.of(employeeId)
        .map(state -> state == null ? null : state.roleIfStands(token.companyId(), token.issuedAtMillis()))
        .compose(role -> role != null ? Future.succeededFuture(Caller.employee(employeeId, token.companyId(), role))
            : Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED)));
  }

  /** The bearer token's verified claims; throws the refusal when it has none or they do not verify. */
  private TokenVerifier.Verified verified(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() < 8) {
      throw new ApiException(ErrorCode.TOKEN_MISSING);
    }
    return verifier.verify(header.substring(7).trim());
  }

  /** An employee token's subject as an employee id; null when it is not a number. */
  private static Long employeeId(TokenVerifier.Verified token) {
    try {
      return Long.parseLong(token.subject());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static UUID parseUuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
