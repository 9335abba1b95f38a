package io.chorus.extension.options;

/** Turns what someone typed as the server address into an origin (scheme://host[:port]), or null. */
final class ServerAddress {
  private ServerAddress() {}

  static String origin(String input) {
    if (input == null) {
      return null;
    }
    String s = input.trim();
    String scheme;
    if (s.startsWith("https://")) {
      scheme = "https://";
    } else if (s.startsWith("http://")) {
      scheme = "http://";
    } else {
      return null;
    }
    String rest = s.substring(scheme.length());
    int end = 0;
    while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    String authority = rest.substring(0, end).toLowerCase();
    if (authority.isEmpty() || authority.contains("@") || authority.contains(" ")) {
      return null;
    }
    return scheme + authority;
  }
}
