package io.chorus.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {
  @Test
  void theIssueSizesUnlessToldOtherwise() {
    IngestSettings s = IngestSettings.from(new String[0], Map.of());
    assertEquals(10_000, s.employees());
    assertEquals(1_000_000, s.seededShares());
    assertEquals(IngestSettings.DEFAULT_DATABASE, s.databaseUrl());
  }

  @Test
  void argumentsWinOverTheEnvironment() {
    IngestSettings s = IngestSettings.from(new String[] {"--clients=16"},
        Map.of("BENCH_CLIENTS", "4", "BENCH_SECONDS", "30"));
    assertEquals(16, s.clients());
    assertEquals(30, s.seconds());
  }

  @Test
  void aMistypedArgumentStopsTheRunInsteadOfBeingIgnored() {
    assertThrows(IllegalArgumentException.class, () -> IngestSettings.from(new String[] {"--client=16"}, Map.of()));
    assertThrows(IllegalArgumentException.class, () -> IngestSettings.from(new String[] {"--seconds=0"}, Map.of()));
  }
}
