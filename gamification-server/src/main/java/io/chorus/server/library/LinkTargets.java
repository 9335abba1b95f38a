package io.chorus.server.library;

import io.chorus.server.digest.WebhookTargets;
import io.chorus.server.http.ApiException;
import io.chorus.shared.wire.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Which pages "fill from a link" may read: http or https on a public host, nothing else. The server
 * fetches the page on the liaison's behalf, so without this a link (or a redirect) could make it read
 * the machine's own services, the office network or a cloud's metadata address (169.254.169.254).
 * The host is resolved here, every address it has must be public ({@link WebhookTargets#isPublic}), and
 * the request then connects to the address that was checked, never resolving the name again. Every
 * redirect goes through the same check.
 *
 * <p>{@code allowLoopback} is for tests only: then 127.0.0.0/8, ::1 and localhost are allowed too;
 * every other non-public address stays refused.
 */
final class LinkTargets {
  static final int MAX_LENGTH = 2000;

  /** A page address: where to connect, by name (for Host and TLS) and by the address that was checked. */
  record Target(URI uri, String host, int port, boolean https, String pathAndQuery) {}

  private final Vertx vertx;
  private final boolean allowLoopback;

  LinkTargets(Vertx vertx, boolean allowLoopback) {
    this.vertx = vertx;
    this.allowLoopback = allowLoopback;
  }

  /** The address parsed: absolute http(s), a host, no user name or password. */
  Target parse(String url) {
    if (url == null || url.isBlank()) {
      throw refused("Give the page's address.");
    }
    if (url.length() > MAX_LENGTH) {
      throw refused("The address is longer than " + MAX_LENGTH + " characters.");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw refused("This is not a web address.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.isOpaque() || uri.getRawAuthority() == null) {
      throw refused("Give a web page's address (https://…).");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused("The address may not carry a user name or password.");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw refused("The address has no host.");
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    boolean https = scheme.equals("https");
    int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new Target(uri, host, port, https, path + query);
  }

  /** The one address to connect to: the host's, once every address it resolves to is found public. */
  Future<InetAddress> check(Target target) {
    // The JDK's resolver blocks: off the event loop. A literal address resolves to itself, in any spelling.
    return vertx.<List<InetAddress>>executeBlocking(() -> List.of(InetAddress.getAllByName(target.host())), false)
        .recover(e -> Future.failedFuture(refused("The host '" + target.host() + "' was not found.")))
        .compose(addresses -> {
          for (InetAddress a : addresses) {
            boolean allowed = WebhookTargets.isPublic(a) || (allowLoopback && a.isLoopbackAddress());
            if (!allowed) {
              return Future.failedFuture(refused("The address points at a private, local or reserved network address ("
                  + a.getHostAddress() + "); Chorus reads only public pages."));
            }
          }
          return Future.succeededFuture(addresses.get(0));
        });
  }

  static ApiException refused(String message) {
    return new ApiException(ErrorCode.LINK_REFUSED, message, "url");
  }
}
