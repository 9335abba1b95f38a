package io.chorus.server.http;

import io.chorus.server.config.ConfigException;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is on the other end of a request, for limits and click counting: the peer's address, or — only
 * when the peer is one of the configured proxies (CHORUS_TRUSTED_PROXIES) — the address that proxy put
 * into {@code X-Forwarded-For}. From anyone else the header is ignored, so nobody can pick an address
 * by sending it. The header is read from the right: the last entry not itself a trusted proxy is the
 * client (entries further left were written by the client and prove nothing).
 *
 * <p>{@link #networkOf} names a client's network: an IPv4 address as is, an IPv6 address by its /64
 * prefix (one household or phone usually gets a whole /64, so counting single IPv6 addresses would let
 * one person count as 2^64 people).
 */
public final class ClientAddresses {
  private static final String UNKNOWN = "unknown";

  private final List<Cidr> trusted;

  /** @param trustedProxies addresses or CIDR blocks ({@code 10.0.0.0/8}, {@code ::1}); a bad one stops the node. */
  public ClientAddresses(List<String> trustedProxies) {
    List<Cidr> parsed = new ArrayList<>();
    for (String entry : trustedProxies) {
      Cidr cidr = Cidr.parse(entry);
      if (cidr == null) {
        throw new ConfigException("CHORUS_TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR block "
            + "(e.g. 127.0.0.1, 10.0.0.0/8, ::1).");
      }
      parsed.add(cidr);
    }
    this.trusted = List.copyOf(parsed);
  }

  /** The client's network (see {@link #networkOf}), as the limits and click counting key it. */
  public String networkOf(HttpServerRequest request) {
    byte[] client = clientAddress(request);
    return client == null ? UNKNOWN : networkOf(client);
  }

  /** The client's address as text (for logs); the peer's when no trusted proxy forwarded it. */
  public String addressOf(HttpServerRequest request) {
    byte[] client = clientAddress(request);
    return client == null ? UNKNOWN : NetUtil.bytesToIpAddress(client);
  }

  /** The network of an address given as text, or "unknown" when it is not an IP address. */
  public static String networkOf(String address) {
    byte[] bytes = parse(address);
    return bytes == null ? UNKNOWN : networkOf(bytes);
  }

  private static String networkOf(byte[] address) {
    if (address.length == 4) {
      return NetUtil.bytesToIpAddress(address);
    }
    byte[] prefix = new byte[16];
    System.arraycopy(address, 0, prefix, 0, 8);
    return NetUtil.bytesToIpAddress(prefix) + "/64";
  }

  private byte[] clientAddress(HttpServerRequest request) {
    SocketAddress remote = request.remoteAddress();
    byte[] peer = remote == null ? null : parse(remote.hostAddress());
    if (peer == null || !isTrusted(peer)) {
      return peer;
    }
    List<String> forwarded = new ArrayList<>();
    for (String header : request.headers().getAll("X-Forwarded-For")) {
      for (String part : header.split(",")) {
        forwarded.add(part.trim());
      }
    }
    byte[] client = peer;
    for (int i = forwarded.size() - 1; i >= 0; i--) {
      byte[] hop = parse(forwarded.get(i));
      if (hop == null) {
        // A proxy we trust wrote something that is not an address: keep the last address we can vouch for.
        return client;
      }
      client = hop;
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return client;
  }

  private boolean isTrusted(byte[] address) {
    for (Cidr c : trusted) {
      if (c.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An IP literal as bytes (IPv4-mapped IPv6 as IPv4), or null. Never a DNS lookup: only literals parse.
   */
  static byte[] parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.trim();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    int scope = s.indexOf('%');
    if (scope > 0) {
      s = s.substring(0, scope);
    }
    byte[] bytes = NetUtil.createByteArrayFromIpAddressString(s);
    if (bytes == null) {
      return null;
    }
    if (bytes.length == 16 && isIpv4Mapped(bytes)) {
      byte[] v4 = new byte[4];
      System.arraycopy(bytes, 12, v4, 0, 4);
      return v4;
    }
    return bytes;
  }

  private static boolean isIpv4Mapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }

  /** An address block: the first {@code bits} bits of {@code address}. */
  private record Cidr(byte[] address, int bits) {
    static Cidr parse(String text) {
      String s = text.trim();
      int slash = s.indexOf('/');
      byte[] address = ClientAddresses.parse(slash < 0 ? s : s.substring(0, slash));
      if (address == null) {
        return null;
      }
      int max = address.length * 8;
      int bits = max;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(s.substring(slash + 1));
        } catch (NumberFormatException e) {
          return null;
        }
        if (bits < 0 || bits > max) {
          return null;
        }
      }
      return new Cidr(address, bits);
    }

    boolean contains(byte[] candidate) {
      if (candidate.length != address.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (candidate[i] != address[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (candidate[full] & mask) == (address[full] & mask);
    }
  }
}
