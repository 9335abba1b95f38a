package io.chorus.server.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Webhook addresses: https to a public host only; loopback only when the test setting allows it")
class WebhookTargetsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "https://hooks.slack.com/services/T000/B000/XXXXXXXX",
      "https://chat.example.org:8443/hooks/abc?x=1",
      "https://93.184.216.34/hook",
      "https://[2606:4700:4700::1111]/hook",
      "HTTPS://Hooks.Example.COM/Path"})
  @DisplayName("Accepted: https to a public name or address")
  void accepted(String url) throws Exception {
    WebhookTargets.Target t = WebhookTargets.parse(url, false);
    assertTrue(t.https());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "http://hooks.slack.com/services/T000/B000/XXXX",
      "ftp://hooks.example.com/x",
      "hooks.example.com/x",
      "https://127.0.0.1/hook",
      "https://127.8.9.10/hook",
      "https://localhost/hook",
      "https://localhost./hook",
      "https://api.localhost/hook",
      "https://[::1]/hook",
      "https://10.1.2.3/hook",
      "https://172.16.0.1/hook",
      "https://192.168.1.10/hook",
      "https://169.254.169.254/latest/meta-data",
      "https://100.64.0.1/hook",
      "https://0.0.0.0/hook",
      "https://[::ffff:10.0.0.1]/hook",
      "https://[::ffff:127.0.0.1]/hook",
      "https://[fd00::1]/hook",
      "https://[fe80::1]/hook",
      "https://224.0.0.1/hook",
      "https://2130706433/hook",
      "https://0x7f000001/hook",
      "https://127.1/hook",
      "https://0177.0.0.1/hook",
      "https://intranet/hook",
      "https://printer.local/hook",
      "https://db.internal/hook",
      "https://user:secret@hooks.example.com/x",
      "https://hooks.example.com/x#frag",
      "https:///nohost",
      ""})
  @DisplayName("Refused: not https, this machine, private, link-local, reserved, odd numeric forms, local names, credentials")
  void refused(String url) {
    assertThrows(WebhookTargets.Refused.class, () -> WebhookTargets.parse(url, false));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"http://127.0.0.1:8123/hook", "https://127.0.0.1/hook", "http://localhost:9/x", "http://[::1]:80/x"})
  @DisplayName("With the test setting, loopback is accepted over http or https")
  void loopbackForTests(String url) throws Exception {
    assertTrue(WebhookTargets.parse(url, true).uri().toString().startsWith(url.substring(0, 4)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"http://10.0.0.1/hook", "https://169.254.169.254/x", "http://hooks.example.com/x",
      "https://192.168.0.1/x"})
  @DisplayName("The test setting opens loopback only: private addresses and plain http elsewhere stay refused")
  void testSettingOpensOnlyLoopback(String url) {
    assertThrows(WebhookTargets.Refused.class, () -> WebhookTargets.parse(url, true));
  }

  @Test
  @DisplayName("At send time, a name with any private address among its answers is refused")
  void resolvedAddressesAreCheckedAll() throws Exception {
    WebhookTargets.Target t = WebhookTargets.parse("https://hooks.example.com/x", false);
    InetAddress pub = InetAddress.getByName("93.184.216.34");
    assertEquals(pub, WebhookTargets.choose(t, List.of(pub), false));
    assertThrows(WebhookTargets.Refused.class,
        () -> WebhookTargets.choose(t, List.of(pub, InetAddress.getByName("10.0.0.7")), false));
    assertThrows(WebhookTargets.Refused.class,
        () -> WebhookTargets.choose(t, List.of(InetAddress.getByName("127.0.0.1")), false));
    assertThrows(WebhookTargets.Refused.class, () -> WebhookTargets.choose(t, List.of(), false));
  }

  @ParameterizedTest(name = "{0} public: {1}")
  @CsvSource({"8.8.8.8, true", "100.63.255.255, true", "100.64.0.0, false", "198.18.0.1, false",
      "192.0.2.1, false", "203.0.113.9, false", "2001:db8::1, false", "64:ff9b::a00:1, false",
      "64:ff9b::808:808, true", "2a00:1450:4001::1, true", "255.255.255.255, false"})
  @DisplayName("Which addresses are public")
  void publicAddresses(String address, boolean expected) throws Exception {
    assertEquals(expected, WebhookTargets.isPublic(InetAddress.getByName(address)));
  }

  @Test
  @DisplayName("The masked address shows the host and the last four characters only")
  void masked() {
    assertEquals("https://hooks.slack.com/services/…WXYZ",
        DigestDesk.mask("https://hooks.slack.com/services/T0001/B0002/abcdefghijklWXYZ"));
    assertFalse(DigestDesk.mask("https://hooks.example.com/secretsecretsecret").contains("secretsecret"));
  }
}
