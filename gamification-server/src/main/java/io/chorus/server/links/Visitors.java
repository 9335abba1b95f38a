package io.chorus.server.links;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who clicked, as an opaque id: a click counts once per (link, visitor). The id is kept in a first-party
 * cookie ({@value #COOKIE}); without one, it is an HMAC of the visitor's network — the IPv4 address, or
 * the IPv6 /64 (see {@link io.chorus.server.http.ClientAddresses}) — and that same id goes into the cookie
 * this answer sets. So the first click (no cookie yet) and every later click from that browser are one
 * visitor, even from another network. The User-Agent plays no part: it is whatever the client says, so
 * counting it would let one person click ten times as ten "browsers". The price: people behind one
 * address who refuse cookies count once together. The cookie is signed: ids can only come from this
 * server, so a script cannot mint visitors by inventing cookies. Neither address nor User-Agent is stored.
 */
public final class Visitors {
  public static final String COOKIE = "chorus_v";
  public static final long COOKIE_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;
  private static final int PART_BYTES = 16;

  private final byte[] key;

  /** The key is derived from the node's token key, so every node of a cluster names a visitor alike. */
  public Visitors(SecretKey tokenKey) {
    this.key = hmac(tokenKey.getEncoded(), "chorus visitor ids v1");
  }

  /** The id of a visitor who brought no cookie of ours: their network (IPv4 address or IPv6 /64). */
  public String ofNetwork(String network) {
    return encode(hmac(key, "n\n" + network));
  }

  /** The cookie value that names this visitor: the id and its signature. */
  public String cookieValue(String id) {
    return id + "." + encode(hmac(key, "c\n" + id));
  }

  /** The id a cookie carries, or null when it is missing or not signed by us. */
  public String fromCookie(String cookie) {
    if (cookie == null) {
      return null;
    }
    int dot = cookie.indexOf('.');
    if (dot <= 0) {
      return null;
    }
    String id = cookie.substring(0, dot);
    byte[] expected = cookieValue(id).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, cookie.getBytes(StandardCharsets.US_ASCII)) ? id : null;
  }

  private static String encode(byte[] mac) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, PART_BYTES));
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("Every JVM has HmacSHA256", e);
    }
  }
}
