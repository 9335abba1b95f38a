package io.chorus.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CombosTest {
  @Test
  @DisplayName("every k names a different (employee, item, network), so no bench report is refused as already shared")
  void everyKNamesADifferentEmployeeItemNetworkSoNoReportIsRefusedAsAlreadyShared() {
    Combos combos = new Combos(7, 5, 20);
    Set<String> seen = new HashSet<>();
    for (long k = 0; k < combos.capacity(); k++) {
      int e = combos.employeeIndex(k);
      int i = combos.itemIndex(k);
      int n = combos.networkIndex(k);
      assertTrue(e >= 0 && e < 7 && i >= 0 && i < 5 && (n == 0 || n == 1));
      assertTrue(seen.add(e + "/" + i + "/" + n), "k=" + k + " repeats a combination");
    }
    assertEquals(70, seen.size());
  }

  @Test
  @DisplayName("the seed, the server run and the pgbench run take disjoint ranges of k")
  void seedServerAndPgbenchTakeDisjointRanges() {
    Combos combos = new Combos(10_000, 200, 1_000_000);
    assertEquals(1_000_000, combos.serverFirst());
    assertEquals(2_500_000, combos.pgbenchFirst());
    assertEquals(4_000_000, combos.pgbenchEnd());
  }

  @Test
  @DisplayName("a seed larger than every combination is refused before anything runs")
  void aSeedLargerThanEveryCombinationIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Combos(10, 10, 201));
  }
}
