package io.chorus.server.auth;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.http.ApiException;
import io.chorus.server.http.SameOrigin;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The liaison console's session. Signing in sets a cookie holding a console token (a JWT of its own
 * audience, with an id): {@code HttpOnly} (no page script can read it), {@code SameSite=Strict} (no
 * other site's page makes the browser send it), {@code Path=/}, and {@code Secure} with a
 * {@code __Host-} name when the public address is https. Every unsafe request it authenticates must
 * also carry {@code X-CSRF-Token}: an HMAC of the token's id, which the console learns from the
 * sign-in answer or {@code GET /api/console/session} and keeps in memory only. Requests a browser marks
 * as coming from another site are refused outright.
 *
 * <p>A session stands while its token is valid, its person is active and still a liaison, they have
 * not signed out everywhere since, and this session was not signed out ({@link ConsoleSessionStore}).
 */
public final class ConsoleSessions {
  private static final String CSRF_KEY_LABEL = "chorus console anti-forgery key";
  private static final String CLAIMS = "chorus.console.claims";

  private final TokenIssuer issuer;
  private final TokenVerifier verifier;
  private final ConsoleSessionStore store;
  /** Derived from the token key, so anti-forgery tags and token signatures never share a key. */
  private final SecretKey csrfKey;
  private final Duration ttl;
  private final boolean secure;
  private final String cookieName;
  private final String publicUrl;

  public ConsoleSessions(ServerConfig config, Pool pool, TokenIssuer issuer, TokenVerifier verifier, SecretKey key) {
    this.issuer = issuer;
    this.verifier = verifier;
    this.store = new ConsoleSessionStore(pool);
    this.csrfKey = new SecretKeySpec(hmac(key, CSRF_KEY_LABEL), "HmacSHA256");
    this.ttl = config.consoleSessionTtl();
    this.publicUrl = config.publicUrl();
    this.secure = publicUrl != null && publicUrl.regionMatches(true, 0, "https://", 0, 8);
    // __Host-: the browser takes it only if Secure, Path=/ and no Domain, so no sibling subdomain can plant one.
    this.cookieName = secure ? "__Host-chorus-console" : "chorus-console";
  }

  public String cookieName() {
    return cookieName;
  }

  /** A new session for this person: its cookie and the anti-forgery token the console must echo. */
  public record Started(Cookie cookie, String csrfToken, long expiresAtMillis) {}

  public Started start(long employeeId, long companyId, Role role) {
    TokenIssuer.ConsoleToken token = issuer.forConsole(employeeId, companyId, role, ttl);
    Cookie cookie = cookie(token.token()).setMaxAge(ttl.toSeconds());
    return new Started(cookie, csrfToken(token.tokenId()), token.expiresAtMillis());
  }

  /** The cookie that makes the browser forget the session. */
  public Cookie cleared() {
    return cookie("").setMaxAge(0);
  }

  /** Whether the request carries a console cookie at all (it may still be invalid). */
  public boolean presented(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(cookieName);
    return cookie != null && !cookie.getValue().isEmpty();
  }

  /**
   * The caller behind the console cookie. Unsafe methods must come from the console's own page and
   * carry the session's anti-forgery token. Only liaisons hold console sessions: a person who is an
   * employee now (demoted since signing in) gets {@code liaisons_only}.
   */
  public Future<Caller> authenticate(RoutingContext ctx) {
    TokenVerifier.ConsoleClaims claims;
    try {
      claims = claims(ctx);
      if (unsafe(ctx.request().method())) {
        checkForgery(ctx.request(), claims);
      }
    } catch (ApiException e) {
      return Future.failedFuture(e);
    }
    long employeeId;
    try {
      employeeId = Long.parseLong(claims.token().subject());
    } catch (NumberFormatException e) {
      return Future.failedFuture(new ApiException(ErrorCode.TOKEN_INVALID));
    }
    long companyId = claims.token().companyId();
    return store.roleIfStands(employeeId, companyId, claims.tokenId(), claims.token().issuedAtMillis())
        .compose(role -> {
          if (role == null) {
            return Future.failedFuture(new ApiException(ErrorCode.TOKEN_REVOKED));
          }
          if (role != Role.LIAISON) {
            return Future.failedFuture(new ApiException(ErrorCode.LIAISONS_ONLY));
          }
          ctx.put(CLAIMS, claims);
          return Future.succeededFuture(Caller.employee(employeeId, companyId, role));
        });
  }

  /** The session of a request {@link #authenticate} let through (null when it came with a bearer token). */
  public static TokenVerifier.ConsoleClaims claimsOf(RoutingContext ctx) {
    return ctx.get(CLAIMS);
  }

  /** The anti-forgery token of an authenticated console request's session. */
  public String csrfTokenOf(RoutingContext ctx) {
    return csrfToken(claimsOf(ctx).tokenId().toString());
  }

  /**
   * Ends the session of this request's cookie, if it is a console token at all, so the cookie is worth
   * nothing even where a copy of it survives. An expired or foreign cookie has nothing left to end.
   */
  public Future<Void> end(RoutingContext ctx) {
    TokenVerifier.ConsoleClaims claims;
    try {
      claims = claims(ctx);
    } catch (ApiException e) {
      return Future.succeededFuture();
    }
    try {
      checkForgery(ctx.request(), claims);
      long employeeId = Long.parseLong(claims.token().subject());
      return store.end(claims.tokenId(), employeeId, claims.token().companyId(), claims.expiresAtMillis());
    } catch (ApiException e) {
      return Future.failedFuture(e);
    } catch (NumberFormatException e) {
      return Future.succeededFuture();
    }
  }

  /**
   * A guard for the whole API, ahead of CORS: a change that carries the console cookie (and no bearer
   * token) but that the browser marks as coming from another site is refused at once with
   * {@code cross_site_request}, whatever route it is for. Browsers do not send a SameSite=Strict cookie
   * cross-site in the first place; this is the second lock.
   */
  public Handler<RoutingContext> crossSiteGuard() {
    return crossSiteGuard(java.util.List.of());
  }

  /**
   * The guard, letting through the configured extension origins ({@code CHORUS_ALLOWED_ORIGINS}): a
   * liaison's browser sends the console cookie along with the extension popup's own sign-in, which
   * never uses it. Such a request still meets CORS next, and any route that would take the cookie
   * refuses it there ({@link #authenticate}: a cross-site change fails the anti-forgery check).
   */
  public Handler<RoutingContext> crossSiteGuard(java.util.List<String> trustedOrigins) {
    java.util.Set<String> trusted = java.util.Set.copyOf(trustedOrigins);
    return ctx -> {
      HttpServerRequest request = ctx.request();
      String origin = request.getHeader("Origin");
      if (unsafe(request.method()) && request.getHeader("Authorization") == null && presented(ctx)
          && !(origin != null && trusted.contains(origin)) && SameOrigin.crossSite(request, publicUrl)) {
        ctx.fail(new ApiException(ErrorCode.CROSS_SITE_REQUEST));
        return;
      }
      ctx.next();
    };
  }

  /** Refuses a request that a browser marks as coming from another site's page. */
  public void refuseCrossSite(HttpServerRequest request) {
    if (SameOrigin.crossSite(request, publicUrl)) {
      throw new ApiException(ErrorCode.CROSS_SITE_REQUEST);
    }
  }

  private TokenVerifier.ConsoleClaims claims(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(cookieName);
    if (cookie == null || cookie.getValue().isEmpty()) {
      throw new ApiException(ErrorCode.TOKEN_MISSING);
    }
    return verifier.verifyConsole(cookie.getValue());
  }

  private void checkForgery(HttpServerRequest request, TokenVerifier.ConsoleClaims claims) {
    refuseCrossSite(request);
    String sent = request.getHeader(ApiPaths.CSRF_HEADER);
    byte[] expected = csrfToken(claims.tokenId().toString()).getBytes(StandardCharsets.US_ASCII);
    if (sent == null || !MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.US_ASCII))) {
      throw new ApiException(ErrorCode.CSRF_TOKEN_INVALID);
    }
  }

  String csrfToken(String tokenId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(csrfKey, tokenId));
  }

  private static byte[] hmac(SecretKey key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private Cookie cookie(String value) {
    return Cookie.cookie(cookieName, value).setPath("/").setHttpOnly(true).setSecure(secure)
        .setSameSite(CookieSameSite.STRICT);
  }

  private static boolean unsafe(HttpMethod method) {
    return !(method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
  }
}
