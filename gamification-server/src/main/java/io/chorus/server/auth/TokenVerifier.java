package io.chorus.server.auth;

import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Checks a bearer token: our key, HS256 only (JJWT already refuses unsigned "alg: none"), our issuer,
 * an expiry, and an audience that matches the role it claims; a bearer token that passed is remembered
 * until it expires ({@link VerifiedTokens}). Revocation is checked afterwards, against the database, on
 * every request, by {@link Authenticator}.
 */
public final class TokenVerifier {
  private static final long CLOCK_SKEW_SECONDS = 30;

  private final JwtParser parser;
  private final Clock clock;
  private final VerifiedTokens verified = new VerifiedTokens();

  public TokenVerifier(SecretKey key, Clock clock) {
    this.parser = Jwts.parser()
        .verifyWith(key)
        .requireIssuer(TokenIssuer.ISSUER)
        .clockSkewSeconds(CLOCK_SKEW_SECONDS)
        .clock(() -> new Date(clock.millis()))
        .build();
    this.clock = clock;
  }

  /** What a valid token says; {@code subject} is an employee id or a screen id. */
  public record Verified(String subject, long companyId, Role role, long issuedAtMillis) {}

  public Verified verify(String token) {
    long now = clock.millis();
    Verified known = verified.get(token, now);
    if (known != null) {
      return known;
    }
    Claims claims = parse(token);
    Verified checked = verified(claims);
    if (!claims.getAudience().contains(audienceFor(checked.role()))) {
      throw new ApiException(ErrorCode.TOKEN_INVALID);
    }
    verified.put(token, checked, claims.getExpiration().getTime(), now);
    return checked;
  }

  /** A console session's token, with its id; a bearer token (another audience) is not one. */
  public record ConsoleClaims(Verified token, UUID tokenId, long expiresAtMillis) {}

  public ConsoleClaims verifyConsole(String token) {
    Claims claims = parse(token);
    Verified verified = verified(claims);
    if (verified.role() == Role.DISPLAY || !claims.getAudience().contains(TokenIssuer.AUDIENCE_CONSOLE)) {
      throw new ApiException(ErrorCode.TOKEN_INVALID);
    }
    try {
      return new ConsoleClaims(verified, UUID.fromString(String.valueOf(claims.getId())),
          claims.getExpiration().getTime());
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.TOKEN_INVALID);
    }
  }

  private Claims parse(String token) {
    Jws<Claims> jws;
    try {
      jws = parser.parseSignedClaims(token);
    } catch (ExpiredJwtException e) {
      throw new ApiException(ErrorCode.TOKEN_EXPIRED);
    } catch (JwtException | IllegalArgumentException e) {
      throw new ApiException(ErrorCode.TOKEN_INVALID);
    }
    if (!"HS256".equals(jws.getHeader().getAlgorithm())) {
      throw new ApiException(ErrorCode.TOKEN_INVALID);
    }
    return jws.getPayload();
  }

  /** The claims every token must carry; the audience is checked by the caller, per kind of token. */
  private static Verified verified(Claims claims) {
    Role role = Role.fromWire(claims.get(TokenIssuer.CLAIM_ROLE, String.class));
    Number company = claims.get(TokenIssuer.CLAIM_COMPANY, Number.class);
    Set<String> audience = claims.getAudience();
    if (role == null || company == null || claims.getExpiration() == null || claims.getIssuedAt() == null
        || claims.getSubject() == null || audience == null) {
      throw new ApiException(ErrorCode.TOKEN_INVALID);
    }
    return new Verified(claims.getSubject(), company.longValue(), role, claims.getIssuedAt().getTime());
  }

  static String audienceFor(Role role) {
    return role == Role.DISPLAY ? TokenIssuer.AUDIENCE_SCREEN : TokenIssuer.AUDIENCE_EXTENSION;
  }
}
