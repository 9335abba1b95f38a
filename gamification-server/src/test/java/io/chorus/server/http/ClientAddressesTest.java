package io.chorus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.chorus.server.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Client networks: IPv4 as is, IPv6 by /64, never a name lookup")
class ClientAddressesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @DisplayName("An address's network")
  @CsvSource({
      "203.0.113.7, 203.0.113.7",
      "::ffff:203.0.113.7, 203.0.113.7",
      "2001:db8:1:2:3:4:5:6, 2001:db8:1:2::/64",
      "2001:db8:1:2::ffff, 2001:db8:1:2::/64",
      "[2001:db8:1:2::1], 2001:db8:1:2::/64",
      "fe80::1%eth0, fe80::/64",
      "localhost, unknown",
      "evil.example, unknown",
      "'', unknown"
  })
  void networks(String address, String network) {
    assertEquals(network, ClientAddresses.networkOf(address));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("A trusted proxy that is not an address or CIDR block stops the node with a clear error")
  @ValueSource(strings = {"proxy.internal", "10.0.0.0/33", "10.0.0.0/x", "::1/129"})
  void badTrustedProxies(String entry) {
    ConfigException e = assertThrows(ConfigException.class, () -> new ClientAddresses(List.of(entry)));
    assertEquals(true, e.getMessage().startsWith("CHORUS_TRUSTED_PROXIES"));
  }

  @Test
  @DisplayName("Addresses and CIDR blocks of both families are accepted")
  void goodTrustedProxies() {
    new ClientAddresses(List.of("127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8", "192.168.1.0/24"));
  }
}
