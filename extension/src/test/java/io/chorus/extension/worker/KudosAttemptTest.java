package io.chorus.extension.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A kudos attempt keeps its idempotency key until the server has settled it")
class KudosAttemptTest {
  private static final String THANKS = "{\"to\":3,\"value\":\"One team\",\"message\":\"thanks\"}";
  private final AtomicInteger made = new AtomicInteger();
  private final Supplier<String> fresh = () -> "key-" + made.incrementAndGet();

  @Test
  @DisplayName("Sending the same kudos again after a network error reuses the key (the server gives it once)")
  void retryReusesTheKey() {
    String first = KudosAttempt.keyFor(THANKS, null, null, fresh);
    String retry = KudosAttempt.keyFor(THANKS, first, THANKS, fresh);

    assertEquals("key-1", first);
    assertEquals(first, retry);
    assertEquals(1, made.get());
  }

  @Test
  @DisplayName("A changed kudos (other words, colleague or value) is a new attempt with a new key")
  void changedKudosIsNew() {
    String other = "{\"to\":3,\"value\":\"One team\",\"message\":\"thanks a lot\"}";

    assertEquals("key-1", KudosAttempt.keyFor(other, "key-0", THANKS, fresh));
  }

  @ParameterizedTest(name = "HTTP {0} {1} → settled {2}")
  @DisplayName("Given or refused for good settles the attempt; not reached, busy, failing or signed out keeps its key")
  @CsvSource(value = {
      "201 | NULL | true",
      "200 | NULL | true",
      "422 | kudos_to_self | true",
      "404 | unknown_colleague | true",
      "422 | unknown_value | true",
      "429 | kudos_budget_spent | true",
      "400 | invalid_field | true",
      "429 | too_many_attempts | false",
      "0 | unreachable | false",
      "503 | busy | false",
      "500 | internal | false",
      "401 | token_expired | false"
  }, delimiter = '|', nullValues = "NULL")
  void settled(int status, String code, boolean settled) {
    assertEquals(settled, KudosAttempt.settled(status, code));
  }
}
