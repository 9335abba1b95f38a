package io.chorus.server.digest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which webhook addresses Chorus posts to: https to a public host, nothing else. A liaison's URL is a
 * request the server makes on their behalf, so without this it could reach the machine's own services,
 * the office network or a cloud's metadata address (169.254.169.254). Checked when the URL is saved
 * (its form, literal addresses and local names; no lookup) and again before every post, on every address
 * the name then resolves to, one of which the post connects to (a name can be re-pointed after saving).
 *
 * <p>{@code allowLoopback} is for tests only: then 127.0.0.0/8, ::1 and localhost are allowed too, over
 * http or https; every other non-public address stays refused.
 */
public final class WebhookTargets {
  public static final int MAX_LENGTH = 2048;

  private WebhookTargets() {}

  /** A refused address, with a reason a liaison can act on. */
  public static final class Refused extends Exception {
    public Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** A well-formed webhook address: where to connect, and whether its host is a literal address. */
  public record Target(URI uri, String host, int port, boolean https, InetAddress literal) {}

  /** The address parsed and checked for form and literal addresses (no name is resolved here). */
  public static Target parse(String url, boolean allowLoopback) throws Refused {
    if (url == null || url.isBlank()) {
      throw new Refused("Give the webhook's address.");
    }
    if (url.length() > MAX_LENGTH) {
      throw new Refused("The webhook's address is longer than " + MAX_LENGTH + " characters.");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new Refused("This is not a web address.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawAuthority() == null) {
      throw new Refused("This is not a web address.");
    }
    if (uri.getRawUserInfo() != null) {
      throw new Refused("The webhook's address may not carry a user name or password.");
    }
    if (uri.getRawFragment() != null) {
      throw new Refused("The webhook's address may not have a #fragment.");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new Refused("The webhook's address has no host.");
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1); // "localhost." is localhost
    }
    InetAddress literal = literal(host);
    boolean loopbackName = host.equals("localhost") || host.endsWith(".localhost");
    boolean loopback = loopbackName || (literal != null && literal.isLoopbackAddress());
    boolean https = scheme.equals("https");
    if (!https && !(scheme.equals("http") && allowLoopback && loopback)) {
      throw new Refused("The webhook's address must start with https:// (a digest is sent over an encrypted connection only).");
    }
    if (loopback && !allowLoopback) {
      throw new Refused("The webhook's address points at this server itself; give a public address.");
    }
    if (literal != null && !literal.isLoopbackAddress() && !isPublic(literal)) {
      throw new Refused("The webhook's address points at a private, local or reserved network address ("
          + literal.getHostAddress() + "); give a public address.");
    }
    if (literal == null && !loopbackName && (!host.contains(".") || host.endsWith(".local")
        || host.endsWith(".internal") || host.endsWith(".lan") || host.endsWith(".home.arpa"))) {
      throw new Refused("The webhook's host '" + host + "' is a local name; give a public address.");
    }
    int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
    return new Target(uri, host, port, https, literal);
  }

  /** Every address the name resolved to must be public (one private answer is enough to refuse). */
  public static InetAddress choose(Target target, List<InetAddress> resolved, boolean allowLoopback) throws Refused {
    if (resolved.isEmpty()) {
      throw new Refused("The webhook's host '" + target.host() + "' has no address.");
    }
    for (InetAddress a : resolved) {
      boolean allowed = isPublic(a) || (allowLoopback && a.isLoopbackAddress());
      if (!allowed) {
        throw new Refused("The webhook's host '" + target.host() + "' resolves to a private, local or reserved "
            + "address (" + a.getHostAddress() + "); give a public address.");
      }
    }
    return resolved.get(0);
  }

  /**
   * The host as an IP address when it is written as one, else null (never a DNS lookup). A host made of
   * digits, dots and hex that is not four dotted decimals ("2130706433", "0x7f.1", "127.1", "0177.0.0.1")
   * is refused: resolvers read such forms as addresses, each in its own way.
   */
  static InetAddress literal(String host) throws Refused {
    if (host.indexOf(':') >= 0) {
      if (!host.matches("[0-9a-f:.]+")) {
        throw new Refused("The webhook's host '" + host + "' is not a valid address.");
      }
      return parseLiteral(host);
    }
    boolean numeric = host.matches("[0-9.]+") || (host.matches("[0-9a-fx.]+") && host.contains("0x"));
    if (!numeric) {
      return null; // a name
    }
    if (!host.matches("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}")) {
      throw new Refused("Write the webhook's address as a name or as four decimal numbers, not '" + host + "'.");
    }
    return parseLiteral(host);
  }

  private static InetAddress parseLiteral(String host) throws Refused {
    try {
      // A literal: getByName parses it without any lookup.
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new Refused("The webhook's host '" + host + "' is not a valid address.");
    }
  }

  /** Whether an address is on the public internet: not local, private, shared, documentation or reserved. */
  public static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return isPublicV4(b);
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return false; // fc00::/7 unique local
      }
      if (first == 0xfe && (second & 0xc0) == 0xc0) {
        return false; // fec0::/10 old site-local
      }
      if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
        return false; // 2001:db8::/32 documentation
      }
      boolean zeroPrefix = true;
      for (int i = 0; i < 10; i++) {
        zeroPrefix &= b[i] == 0;
      }
      if (zeroPrefix && (((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) || (b[10] == 0 && b[11] == 0))) {
        // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible): judge the IPv4 address inside.
        return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
        // 64:ff9b::/96, NAT64: the IPv4 address inside.
        return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
      }
      return (first & 0xe0) == 0x20; // 2000::/3, the global unicast range
    }
    return false;
  }

  private static boolean isPublicV4(byte[] b) {
    int x = b[0] & 0xff;
    int y = b[1] & 0xff;
    int z = b[2] & 0xff;
    return !(x == 0 || x == 10 || x == 127 || x >= 224                 // this network, private, loopback, multicast/reserved
        || (x == 100 && y >= 64 && y <= 127)                               // 100.64/10 shared (carrier NAT)
        || (x == 169 && y == 254)                                          // link-local, cloud metadata
        || (x == 172 && y >= 16 && y <= 31)                                // private
        || (x == 192 && y == 168)                                          // private
        || (x == 192 && y == 0 && (z == 0 || z == 2))                      // IETF protocol assignments, TEST-NET-1
        || (x == 198 && (y == 18 || y == 19))                              // benchmarking
        || (x == 198 && y == 51 && z == 100) || (x == 203 && y == 0 && z == 113)); // TEST-NET-2, -3
  }
}
