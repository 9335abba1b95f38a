package io.chorus.server.links;

import io.chorus.shared.wire.ApiPaths;
import java.security.SecureRandom;

/**
 * Tracked-link codes and addresses. A code is 10 random base62 characters (about 59 bits): short
 * enough for a post, and not guessable, so nobody can walk the codes to click other people's links.
 */
public final class LinkCodes {
  public static final int LENGTH = 10;
  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkCodes() {}

  public static String newCode() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  public static String[] newCodes(int count) {
    String[] codes = new String[count];
    for (int i = 0; i < count; i++) {
      codes[i] = newCode();
    }
    return codes;
  }

  /** Whether a path segment could be a code at all (the table's check), so junk never reaches SQL. */
  public static boolean isWellFormed(String code) {
    if (code == null || code.length() < 6 || code.length() > 32) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  /** The address people click: {@code <public URL>/r/<code>}. */
  public static String url(String publicUrl, String code) {
    return code == null ? null : publicUrl + ApiPaths.TRACKED_LINK_PREFIX + code;
  }
}
