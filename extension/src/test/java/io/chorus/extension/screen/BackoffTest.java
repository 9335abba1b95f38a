package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reconnect backoff: the server's hint, doubling, a 30 s cap, equal jitter, reset by a board")
class BackoffTest {

  @ParameterizedTest(name = "hint {0} ms, failure #{1}: between {2} and {3} ms")
  @DisplayName("Each failure in a row doubles the step from the server's hint, up to the cap; the delay is in the step's upper half")
  @CsvSource({
      // hint, failures before, lowest (random 0), highest (random ~1)
      "2000, 0, 1000, 2000",
      "2000, 1, 2000, 4000",
      "2000, 2, 4000, 8000",
      "2000, 4, 15000, 30000",
      "2000, 40, 15000, 30000",
      "-1, 0, 1000, 2000",
      "0, 0, 125, 250",
      "500, 0, 250, 500",
      "600000, 0, 15000, 30000"
  })
  void doublesFromTheHintUpToTheCap(int hint, int failuresBefore, int lowest, int highest) {
    assertEquals(lowest, delay(0.0, hint, failuresBefore));
    assertEquals(highest, delay(0.999_999_99, hint, failuresBefore), 1);
  }

  @Test
  @DisplayName("A board resets it: the next outage starts again from the hint")
  void resetStartsOver() {
    Backoff backoff = new Backoff(() -> 0.0);
    backoff.next(2000);
    backoff.next(2000);
    backoff.next(2000);
    assertEquals(3, backoff.failures());

    backoff.reset();

    assertEquals(1000, backoff.next(2000));
  }

  @Test
  @DisplayName("With real randomness, ten thousand screens spread over the whole upper half of the step")
  void jitterSpreadsScreens() {
    Random random = new Random(42);
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int i = 0; i < 10_000; i++) {
      int d = new Backoff(random::nextDouble).next(2000);
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    assertTrue(min < 1050 && min >= 1000, "min " + min);
    assertTrue(max > 1950 && max <= 2000, "max " + max);
  }

  private static int delay(double random, int hint, int failuresBefore) {
    Backoff backoff = new Backoff(() -> random);
    for (int i = 0; i < failuresBefore; i++) {
      backoff.next(hint);
    }
    return backoff.next(hint);
  }
}
