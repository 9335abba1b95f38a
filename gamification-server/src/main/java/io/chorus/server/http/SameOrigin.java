package io.chorus.server.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.util.Locale;

/**
 * Whether a browser request comes from the server's own pages (the console, the screen). Browsers say
 * so in {@code Sec-Fetch-Site}; older ones only in {@code Origin}, which must then name this server:
 * the host the request was sent to, or the configured public address. Page scripts can set neither.
 */
public final class SameOrigin {
  private SameOrigin() {}

  /**
   * Whether a browser sent this request from another site: a change that claims to come from a page
   * of ours must not. A request with neither header (not a browser, or one too old to say) is not
   * taken for cross-site: the session's anti-forgery token still has to match.
   */
  public static boolean crossSite(HttpServerRequest request, String publicUrl) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return !site.equals("same-origin");
    }
    String origin = request.getHeader("Origin");
    return origin != null && !names(origin, request, publicUrl);
  }

  /**
   * The host (and port) the request was sent to: the {@code Host} header, or for HTTP/2, where there is
   * none, the {@code :authority}.
   */
  public static String host(HttpServerRequest request) {
    String host = request.getHeader("Host");
    if (host != null) {
      return host;
    }
    HostAndPort authority = request.authority();
    if (authority == null) {
      return null;
    }
    return authority.port() >= 0 ? authority.host() + ":" + authority.port() : authority.host();
  }

  private static boolean names(String origin, HttpServerRequest request, String publicUrl) {
    if (publicUrl != null && origin.equalsIgnoreCase(publicUrl)) {
      return true;
    }
    int scheme = origin.indexOf("://");
    String host = host(request);
    return scheme > 0 && host != null
        && origin.substring(scheme + 3).toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
  }
}
