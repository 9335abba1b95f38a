package io.chorus.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.config.ServerConfig;
import io.chorus.shared.wire.Role;
import io.jsonwebtoken.security.Keys;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The console cookie behind an https public address")
class ConsoleCookieTest {
  private static ConsoleSessions sessions(String publicUrl) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    SecretKey key = Keys.hmacShaKeyFor(secret);
    ServerConfig config = ServerConfig.from(Map.of("CHORUS_PUBLIC_URL", publicUrl));
    TokenIssuer issuer = new TokenIssuer(key, Clock.systemUTC(), Duration.ofHours(1), Duration.ofDays(1));
    return new ConsoleSessions(config, null, issuer, new TokenVerifier(key, Clock.systemUTC()), key);
  }

  @Test
  @DisplayName("With an https public URL the cookie is Secure and named __Host-, so only this exact origin over TLS can set or read it")
  void httpsCookieIsSecureAndHostOnly() {
    ConsoleSessions.Started started = sessions("https://chorus.acme.example").start(7, 1, Role.LIAISON);
    String header = started.cookie().encode();
    String flags = header.toLowerCase(Locale.ROOT);

    assertTrue(header.startsWith("__Host-chorus-console="), header);
    assertTrue(flags.contains("; secure"), header);
    assertTrue(flags.contains("; httponly") && flags.contains("; samesite=strict") && flags.contains("; path=/"),
        header);
    assertTrue(!flags.contains("domain="), "a __Host- cookie has no Domain: " + header);
  }

  @Test
  @DisplayName("Each session gets its own CSRF token, and it is not the session token or any part of it")
  void csrfTokensAreBoundToTheirSession() {
    ConsoleSessions sessions = sessions("http://localhost:8080");
    ConsoleSessions.Started one = sessions.start(7, 1, Role.LIAISON);
    ConsoleSessions.Started two = sessions.start(7, 1, Role.LIAISON);

    assertNotEquals(one.csrfToken(), two.csrfToken());
    assertEquals(43, one.csrfToken().length(), "an unpadded base64url HMAC-SHA256");
    assertTrue(!one.cookie().getValue().contains(one.csrfToken()));
  }
}
