package io.chorus.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {
  @Test
  @DisplayName("the issue's sizes unless told otherwise")
  void theIssueSizesUnlessToldOtherwise() {
    IngestSettings s = IngestSettings.from(new String[0], Map.of());
    assertEquals(10_000, s.employees());
    assertEquals(1_000_000, s.seededShares());
    assertEquals(IngestSettings.DEFAULT_DATABASE, s.databaseUrl());
  }

  @Test
  @DisplayName("arguments win over BENCH_* environment variables")
  void argumentsWinOverTheEnvironment() {
    IngestSettings s = IngestSettings.from(new String[] {"--clients=16"},
        Map.of("BENCH_CLIENTS", "4", "BENCH_SECONDS", "30"));
    assertEquals(16, s.clients());
    assertEquals(30, s.seconds());
  }

  @Test
  @DisplayName("a mistyped or out-of-range argument stops the run instead of being ignored")
  void aMistypedArgumentStopsTheRunInsteadOfBeingIgnored() {
    assertThrows(IllegalArgumentException.class, () -> IngestSettings.from(new String[] {"--client=16"}, Map.of()));
    assertThrows(IllegalArgumentException.class, () -> IngestSettings.from(new String[] {"--seconds=0"}, Map.of()));
  }
}
