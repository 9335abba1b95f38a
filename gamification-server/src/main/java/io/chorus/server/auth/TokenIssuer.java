package io.chorus.server.auth;

import io.chorus.shared.wire.Role;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Signs tokens: bearer tokens for employees and liaisons (audience "chorus-extension") and for office
 * screens (audience "chorus-screen", read-only), and the liaison console's cookie token (audience
 * "chorus-console", with an id that its anti-forgery token is bound to). HS256 only; the verifier pins it.
 */
public final class TokenIssuer {
  static final String ISSUER = "chorus";
  static final String AUDIENCE_EXTENSION = "chorus-extension";
  static final String AUDIENCE_SCREEN = "chorus-screen";
  static final String AUDIENCE_CONSOLE = "chorus-console";
  static final String CLAIM_COMPANY = "cid";
  static final String CLAIM_ROLE = "role";

  private final SecretKey key;
  private final Clock clock;
  private final Duration employeeTtl;
  private final Duration displayTtl;

  public TokenIssuer(SecretKey key, Clock clock, Duration employeeTtl, Duration displayTtl) {
    this.key = key;
    this.clock = clock;
    this.employeeTtl = employeeTtl;
    this.displayTtl = displayTtl;
  }

  public record Issued(String token, long expiresAtMillis) {}

  public Issued forEmployee(long employeeId, long companyId, Role role) {
    return sign(String.valueOf(employeeId), companyId, role, AUDIENCE_EXTENSION, employeeTtl, null);
  }

  public Issued forScreen(String screenId, long companyId) {
    return sign(screenId, companyId, Role.DISPLAY, AUDIENCE_SCREEN, displayTtl, null);
  }

  /** A console session's token (it only ever travels in an HttpOnly cookie) and its id ("jti"). */
  public record ConsoleToken(String token, long expiresAtMillis, String tokenId) {}

  public ConsoleToken forConsole(long employeeId, long companyId, Role role, Duration ttl) {
    String id = UUID.randomUUID().toString();
    Issued issued = sign(String.valueOf(employeeId), companyId, role, AUDIENCE_CONSOLE, ttl, id);
    return new ConsoleToken(issued.token(), issued.expiresAtMillis(), id);
  }

  private Issued sign(String subject, long companyId, Role role, String audience, Duration ttl, String id) {
    long now = clock.millis();
    long expires = now + ttl.toMillis();
    String token = Jwts.builder()
        .id(id)
        .issuer(ISSUER)
        .subject(subject)
        .audience().add(audience).and()
        .claim(CLAIM_COMPANY, companyId)
        .claim(CLAIM_ROLE, role.wireName())
        .issuedAt(new Date(now))
        .expiration(new Date(expires))
        .signWith(key, Jwts.SIG.HS256)
        .compact();
    return new Issued(token, expires);
  }
}
