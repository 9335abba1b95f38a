package io.chorus.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a phase allocated counts its two ragged ends too, not only what lies between its collections. */
class GcLogTest {
  private static final long M = 1 << 20;

  @Test
  void aPhaseWithoutACollectionAllocatedWhatTheHeapGrewBy() {
    assertEquals(150 * M, GcLog.allocated(List.of("[12.0s][info][gc] Using G1"), 80 * M, 230 * M));
  }

  @Test
  void eachCollectionAddsWhatTheHeapGrewBySinceTheLastOneOrTheStart() {
    List<String> lines = List.of(
        "[110.802s][info][gc] GC(22) Pause Young (Normal) (G1 Evacuation Pause) 317M->77M(424M) 16.155ms",
        "[111.000s][info][gc,heap] something else",
        "[126.622s][info][gc] GC(23) Pause Young (Normal) (G1 Evacuation Pause) 317M->78M(424M) 68.522ms");
    // (317 - 100) + (317 - 77) + (200 - 78)
    assertEquals((217 + 240 + 122) * M, GcLog.allocated(lines, 100 * M, 200 * M));
  }
}
