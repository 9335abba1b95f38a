package io.chorus.server.auth;

import io.chorus.server.config.ConfigException;
import io.chorus.server.config.ServerConfig;
import io.jsonwebtoken.security.Keys;
import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key tokens are signed with: from CHORUS_JWT_SECRET or CHORUS_JWT_SECRET_FILE (base64, at
 * least 32 bytes), never from the repository. Without either, a random key for this run only — fine
 * for the demo, and said so in the log, because every token dies with the process.
 */
public final class TokenKeys {
  private static final Logger log = LoggerFactory.getLogger(TokenKeys.class);
  private static final int MIN_BYTES = 32;

  private TokenKeys() {}

  public static SecretKey load(ServerConfig config) {
    String encoded = config.jwtSecret();
    String source = "CHORUS_JWT_SECRET";
    if (encoded == null && config.jwtSecretFile() != null) {
      source = "CHORUS_JWT_SECRET_FILE (" + config.jwtSecretFile() + ")";
      try {
        encoded = Files.readString(config.jwtSecretFile()).trim();
      } catch (IOException e) {
        throw new ConfigException("Cannot read " + source + ": " + e.getMessage(), e);
      }
    }
    if (encoded == null) {
      byte[] random = new byte[MIN_BYTES];
      new SecureRandom().nextBytes(random);
      log.warn("No CHORUS_JWT_SECRET set: signing tokens with a random key for this run only. "
          + "Sign-ins and screen links stop working when the node restarts, and cluster nodes will not "
          + "accept each other's tokens. Set CHORUS_JWT_SECRET (e.g. `openssl rand -base64 48`).");
      return Keys.hmacShaKeyFor(random);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(source + " must be base64 (e.g. `openssl rand -base64 48`).", e);
    }
    if (bytes.length < MIN_BYTES) {
      throw new ConfigException(source + " must hold at least " + MIN_BYTES + " bytes, not " + bytes.length + ".");
    }
    return Keys.hmacShaKeyFor(bytes);
  }
}
