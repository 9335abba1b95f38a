package io.chorus.server.shares;

import java.net.URI;

/**
 * One spelling per post, so the same post reported as twitter.com/…?s=20 and x.com/… is recognised as
 * one (the share table's unique post URL): https, the network's main host, no query or fragment.
 */
public final class PostUrls {
  private PostUrls() {}

  public static String canonical(String url) {
    if (url == null) {
      return null;
    }
    URI uri = URI.create(url);
    String host = uri.getHost().toLowerCase();
    if (host.equals("twitter.com") || host.endsWith(".twitter.com") || host.equals("www.x.com")) {
      host = "x.com";
    } else if (host.equals("linkedin.com")) {
      host = "www.linkedin.com";
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return "https://" + host + path;
  }
}
