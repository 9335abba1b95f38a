package io.chorus.server.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Unsubscribe links: signed per person; a changed id, signature or key is not accepted")
class UnsubscribeLinksTest {
  private static final byte[] KEY = new byte[32];
  private final UnsubscribeLinks links = new UnsubscribeLinks(KEY);

  @Test
  @DisplayName("A person's own link names that person")
  void roundTrip() {
    String token = links.token(42);
    assertTrue(token.startsWith("42."));
    assertEquals(42, links.verify(token));
    assertEquals("https://c.example/digest/unsubscribe/" + token, links.url("https://c.example", 42));
  }

  @Test
  @DisplayName("Another person's id with a valid signature, or another installation's key, is refused")
  void forged() {
    String sig = links.token(42).substring(3);
    assertEquals(-1, links.verify("43." + sig));
    byte[] other = Arrays.copyOf(KEY, 32);
    other[0] = 1;
    assertEquals(-1, new UnsubscribeLinks(other).verify(links.token(42)));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "42", "42.", ".abc", "x.abc", "-1.AAAAAAAAAAAAAAAAAAAAAA", "42.AAAA",
      "42.!!!!!!!!!!!!!!!!!!!!!!", "99999999999999999999.AAAAAAAAAAAAAAAAAAAAAA"})
  @DisplayName("Malformed tokens are refused without an exception")
  void malformed(String token) {
    assertEquals(-1, links.verify(token));
  }
}
