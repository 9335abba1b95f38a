package io.chorus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CHORUS_HTTP_HOST decides who can reach a node. Linux routes all of 127.0.0.0/8 to the loopback
 * interface, so 127.0.0.2 is "another address of this machine" on every Linux host; the machine's own
 * non-loopback addresses (when it has any) are tried too.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The node listens only where CHORUS_HTTP_HOST says")
class ListenAddressTest {

  @Test
  @DisplayName("127.0.0.1 (the default): reachable on 127.0.0.1, refused on 127.0.0.2 and on the machine's network addresses")
  void loopbackOnly(Vertx vertx) throws Exception {
    try (TestNode node = TestNode.start(vertx, "listen_loopback", Map.of("CHORUS_HTTP_HOST", "127.0.0.1"))) {
      int port = node.node.port();
      assertTrue(accepts("127.0.0.1", port));
      for (String other : otherAddresses()) {
        assertFalse(accepts(other, port), other + " must not reach a node bound to 127.0.0.1");
      }
      assertEquals(200, node.api.get("/health", null).status());
    }
  }

  @Test
  @DisplayName("0.0.0.0: reachable on 127.0.0.1, 127.0.0.2 and the machine's network addresses")
  void everyInterface(Vertx vertx) throws Exception {
    try (TestNode node = TestNode.start(vertx, "listen_any", Map.of("CHORUS_HTTP_HOST", "0.0.0.0"))) {
      int port = node.node.port();
      assertTrue(accepts("127.0.0.1", port));
      for (String other : otherAddresses()) {
        assertTrue(accepts(other, port), other + " reaches a node bound to 0.0.0.0");
      }
    }
  }

  /** 127.0.0.2 and every up, non-loopback IPv4 address of this machine. */
  private static List<String> otherAddresses() throws SocketException {
    List<String> out = new ArrayList<>(List.of("127.0.0.2"));
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress a : Collections.list(nic.getInetAddresses())) {
          if (a instanceof Inet4Address) {
            out.add(a.getHostAddress());
          }
        }
      }
    }
    return out;
  }

  private static boolean accepts(String host, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 2_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
