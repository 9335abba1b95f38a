package io.chorus.shared.wire;

import io.chorus.shared.Network;

/**
 * What a reported post's address may look like: an absolute https URL on one of the network's own
 * hosts (no user, no port), then a path, query and fragment of plain URI characters — no whitespace,
 * quotes, angle brackets, backslashes, control or non-ASCII characters (a browser's {@code href} is
 * already percent-encoded), every '%' followed by two hex digits, at most one '#'. Anything that passes
 * also parses as a {@code java.net.URI} with that host, which the server relies on when it makes the
 * post's one spelling. Shared so the extension leaves out an address the server would refuse (the
 * share still counts without it) instead of losing the share.
 */
public final class PostUrl {
  public static final int MAX_LENGTH = 500;
  private static final String SCHEME = "https://";
  /** RFC 3986 unreserved and reserved characters, less '[' and ']' (only for IPv6 hosts) and '\''. */
  private static final String PUNCTUATION = "-._~:/?#@!$&()*+,;=%";

  private PostUrl() {}

  /** Why {@code url} is not a post address on {@code network}, as the end of a sentence, or null when it is. */
  public static String problem(Network network, String url) {
    if (url == null || url.isEmpty()) {
      return "is empty";
    }
    if (url.length() > MAX_LENGTH) {
      return "is longer than " + MAX_LENGTH + " characters";
    }
    String where = "must be the https address of a post on " + network.displayName();
    if (!url.startsWith(SCHEME)) {
      return where;
    }
    int hostEnd = SCHEME.length();
    while (hostEnd < url.length() && isHostChar(url.charAt(hostEnd))) {
      hostEnd++;
    }
    if (hostEnd == SCHEME.length() || (hostEnd < url.length() && url.charAt(hostEnd) != '/')) {
      return where;
    }
    if (Network.ofPostUrl(url.substring(0, hostEnd)) != network) {
      return where;
    }
    boolean fragment = false;
    for (int i = hostEnd; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '%') {
        if (i + 2 >= url.length() || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2))) {
          return "has a '%' that is not followed by two hex digits";
        }
      } else if (c == '#') {
        if (fragment) {
          return "has more than one '#'";
        }
        fragment = true;
      } else if (!isLetterOrDigit(c) && PUNCTUATION.indexOf(c) < 0) {
        return "contains a character a URL may not hold ("
            + (c == ' ' ? "a space" : c > ' ' && c < 0x7F ? "'" + c + "'" : WireText.hex(c)) + ")";
      }
    }
    return null;
  }

  /** Refuses {@code url} when it is not a post address on {@code network}, naming {@code field}. */
  public static String check(String field, Network network, String url) {
    String problem = problem(network, url);
    if (problem != null) {
      throw new WireException(field, "'" + field + "' " + problem + ".");
    }
    return url;
  }

  private static boolean isHostChar(char c) {
    return isLetterOrDigit(c) || c == '.' || c == '-';
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
