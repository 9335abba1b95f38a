package io.chorus.shared;

/**
 * The social networks Chorus shares to. Shared because the extension picks a network from the site it
 * runs on and the server validates reports against it; the wire name is the stable contract between them.
 */
public enum Network {
  LINKEDIN("linkedin", "LinkedIn", 3000),
  X("x", "X", 280);

  private final String wireName;
  private final String displayName;
  private final int maxLength;

  Network(String wireName, String displayName, int maxLength) {
    this.wireName = wireName;
    this.displayName = displayName;
    this.maxLength = maxLength;
  }

  /** The lowercase name used in JSON and URLs. */
  public String wireName() {
    return wireName;
  }

  public String displayName() {
    return displayName;
  }

  /** The longest post the network accepts, in its own way of counting (see {@code ShareText}). */
  public int maxLength() {
    return maxLength;
  }

  /** The network with this wire name, or null when there is none (callers turn that into a clear error). */
  public static Network fromWire(String name) {
    if (name == null) {
      return null;
    }
    for (Network n : values()) {
      if (n.wireName.equals(name)) {
        return n;
      }
    }
    return null;
  }

  /** The network a post URL belongs to, judged by its host; null for any other host. */
  public static Network ofPostUrl(String url) {
    String host = hostOf(url);
    if (host == null) {
      return null;
    }
    if (host.equals("www.linkedin.com") || host.equals("linkedin.com")) {
      return LINKEDIN;
    }
    if (host.equals("x.com") || host.equals("twitter.com") || host.equals("www.x.com")
        || host.equals("www.twitter.com") || host.equals("mobile.twitter.com")) {
      return X;
    }
    return null;
  }

  /** The lowercase host of an https URL, or null when the string is not one. */
  static String hostOf(String url) {
    if (url == null || !url.startsWith("https://")) {
      return null;
    }
    int start = "https://".length();
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return end == start ? null : url.substring(start, end).toLowerCase();
  }
}
