package io.chorus.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  @DisplayName("percentiles are nearest-rank, in milliseconds")
  void percentilesAreNearestRankInMilliseconds() {
    Latencies l = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      l.add(ms * 1_000_000L);
    }
    assertEquals(100, l.count());
    assertEquals(50.0, l.percentileMillis(50));
    assertEquals(99.0, l.percentileMillis(99));
    assertEquals(100.0, l.percentileMillis(100));
  }

  @Test
  @DisplayName("slow answers beyond the slowest 1% do not move the p99, and show above it")
  void oneSlowAnswerInAHundredIsTheP99NotHiddenByTheRest() {
    Latencies l = new Latencies();
    for (int i = 0; i < 9_900; i++) {
      l.add(2_000_000L);
    }
    for (int i = 0; i < 100; i++) {
      l.add(900_000_000L);
    }
    assertEquals(2.0, l.percentileMillis(99));
    assertEquals(900.0, l.percentileMillis(99.5));
  }

  @Test
  @DisplayName("nothing recorded gives NaN, not a made-up zero")
  void nothingRecordedIsNotANumber() {
    assertTrue(Double.isNaN(new Latencies().percentileMillis(99)));
  }
}
