package io.chorus.server.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Digest retries: 1, 2, 4 … minutes after each failed attempt, never more than 2 hours")
class DigestBackoffTest {
  @ParameterizedTest(name = "after attempt {0}: {1} min")
  @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 32", "7, 64", "8, 120", "9, 120", "40, 120"})
  @DisplayName("The wait before the next attempt")
  void backoff(int attempts, long minutes) {
    assertEquals(Duration.ofMinutes(minutes), Digests.backoff(attempts));
  }
}
