package io.chorus.server.contests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The draw's secret: 32 bytes from SecureRandom, made when a contest is first scheduled or launched,
 * and its commitment, the SHA-256 of those bytes in hex, published at once. The seed is revealed only
 * when the results are final, so nobody (the server included) can choose it after seeing the entries.
 */
final class Seeds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Seeds() {}

  static byte[] fresh() {
    byte[] seed = new byte[32];
    RANDOM.nextBytes(seed);
    return seed;
  }

  static String commitment(byte[] seed) {
    return HexFormat.of().formatHex(sha256(seed));
  }

  static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
