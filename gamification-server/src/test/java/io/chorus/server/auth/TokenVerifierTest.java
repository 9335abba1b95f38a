package io.chorus.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.chorus.server.http.ApiException;
import io.chorus.server.support.MutableClock;
import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Role;
import io.jsonwebtoken.security.Keys;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A bearer token verified once is remembered only while it is valid")
class TokenVerifierTest {
  private static SecretKey newKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Keys.hmacShaKeyFor(bytes);
  }

  @Test
  @DisplayName("A token accepted before is refused as token_expired once it has expired (past the 30 s skew)")
  void rememberedTokenStillExpires() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    SecretKey key = newKey();
    TokenIssuer issuer = new TokenIssuer(key, clock, Duration.ofHours(1), Duration.ofHours(1));
    TokenVerifier verifier = new TokenVerifier(key, clock);
    String token = issuer.forEmployee(42, 7, Role.EMPLOYEE).token();

    assertEquals("42", verifier.verify(token).subject());
    assertEquals(7, verifier.verify(token).companyId());
    clock.advance(Duration.ofHours(1).plusSeconds(31));

    ApiException refused = assertThrows(ApiException.class, () -> verifier.verify(token));
    assertEquals(ErrorCode.TOKEN_EXPIRED, refused.code());
  }

  @Test
  @DisplayName("A token altered after one like it was accepted is refused as token_invalid")
  void alteredTokenIsNotRemembered() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    SecretKey key = newKey();
    TokenVerifier verifier = new TokenVerifier(key, clock);
    String token = new TokenIssuer(key, clock, Duration.ofHours(1), Duration.ofHours(1))
        .forEmployee(42, 7, Role.EMPLOYEE).token();
    verifier.verify(token);
    String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

    ApiException refused = assertThrows(ApiException.class, () -> verifier.verify(altered));
    assertEquals(ErrorCode.TOKEN_INVALID, refused.code());
  }
}
