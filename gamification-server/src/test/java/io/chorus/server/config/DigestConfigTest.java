package io.chorus.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Digest settings: no SMTP host means no email; a host needs a sender; bad values name their variable")
class DigestConfigTest {
  @Test
  @DisplayName("Nothing set: no email, a 15-second tick, no loopback webhooks")
  void defaults() {
    DigestConfig d = ServerConfig.from(Map.of()).digest();
    assertNull(d.smtp());
    assertFalse(d.emailConfigured());
    assertEquals(15, d.tickSeconds());
    assertFalse(d.webhookAllowLoopback());
  }

  @Test
  @DisplayName("A host with a sender: STARTTLS required on 587 by default; implicit TLS defaults to 465")
  void smtp() {
    DigestConfig.Smtp s = ServerConfig.from(Map.of("CHORUS_SMTP_HOST", "smtp.acme.example",
        "CHORUS_SMTP_FROM", "Acme Chorus <chorus@acme.example>")).digest().smtp();
    assertEquals(587, s.port());
    assertEquals(DigestConfig.Tls.REQUIRED, s.tls());
    assertNull(s.user());
    DigestConfig.Smtp implicit = ServerConfig.from(Map.of("CHORUS_SMTP_HOST", "smtp.acme.example",
        "CHORUS_SMTP_FROM", "chorus@acme.example", "CHORUS_SMTP_STARTTLS", "implicit",
        "CHORUS_SMTP_USER", "chorus", "CHORUS_SMTP_PASSWORD", "secret")).digest().smtp();
    assertEquals(465, implicit.port());
    assertFalse(implicit.toString().contains("secret"), "the password never reaches a log line");
  }

  @Test
  @DisplayName("Refused: a host without a sender or with a malformed one, a user without a password, an unknown TLS mode")
  void refused() {
    for (Map<String, String> env : new Map[] {
        Map.of("CHORUS_SMTP_HOST", "smtp.acme.example"),
        Map.of("CHORUS_SMTP_HOST", "smtp.acme.example", "CHORUS_SMTP_FROM", "Chorus"),
        Map.of("CHORUS_SMTP_HOST", "smtp.acme.example", "CHORUS_SMTP_FROM", "a@b\r\nBcc: x@y")}) {
      assertTrue(assertThrows(ConfigException.class, () -> ServerConfig.from(env)).getMessage()
          .contains("CHORUS_SMTP_FROM"));
    }
    assertTrue(assertThrows(ConfigException.class, () -> ServerConfig.from(Map.of("CHORUS_SMTP_HOST", "h",
        "CHORUS_SMTP_FROM", "c@acme.example", "CHORUS_SMTP_USER", "chorus"))).getMessage().contains("CHORUS_SMTP_USER"));
    assertTrue(assertThrows(ConfigException.class, () -> ServerConfig.from(Map.of("CHORUS_SMTP_HOST", "h",
        "CHORUS_SMTP_FROM", "c@acme.example", "CHORUS_SMTP_STARTTLS", "sometimes"))).getMessage()
        .contains("CHORUS_SMTP_STARTTLS must be one of required, optional, disabled, implicit"));
    assertTrue(assertThrows(ConfigException.class, () -> ServerConfig.from(Map.of("CHORUS_WEBHOOK_ALLOW_LOOPBACK",
        "yes"))).getMessage().contains("CHORUS_WEBHOOK_ALLOW_LOOPBACK"));
  }
}
