package io.chorus.server.digest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed unsubscribe link each digest carries: {@code /digest/unsubscribe/<employee id>.<signature>},
 * the signature an HMAC-SHA256 (first 128 bits) of the employee id under the installation's digest key
 * ({@code digest_signing_key}, made once by the migration). It works without signing in, never expires
 * (an old email's link still works), and names one person only: nobody can unsubscribe someone else
 * without their link.
 */
public final class UnsubscribeLinks {
  public static final String PATH = "/digest/unsubscribe/";
  public static final String RESUBSCRIBE_PATH = "/digest/subscribe/";
  private static final int SIGNATURE_BYTES = 16;
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;

  public UnsubscribeLinks(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("digest key too short");
    }
    this.key = key.clone();
  }

  /** The token for one person. */
  public String token(long employeeId) {
    return employeeId + "." + B64.encodeToString(signature(employeeId));
  }

  /** The link for one person under the server's public address. */
  public String url(String publicUrl, long employeeId) {
    return publicUrl + PATH + token(employeeId);
  }

  /** The employee a token names, or -1 when it is malformed or not signed by this installation. */
  public long verify(String token) {
    if (token == null || token.length() > 64) {
      return -1;
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot > 19) {
      return -1;
    }
    long employeeId;
    byte[] given;
    try {
      employeeId = Long.parseLong(token.substring(0, dot));
      given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return -1;
    }
    if (employeeId <= 0 || given.length != SIGNATURE_BYTES) {
      return -1;
    }
    return MessageDigest.isEqual(given, signature(employeeId)) ? employeeId : -1;
  }

  private byte[] signature(long employeeId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] full = mac.doFinal(("chorus-digest-unsubscribe:" + employeeId).getBytes(StandardCharsets.US_ASCII));
      return Arrays.copyOf(full, SIGNATURE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
