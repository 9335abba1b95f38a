package io.chorus.shared.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.Network;
import io.chorus.shared.wire.WireException;
import io.chorus.shared.wire.WireReaders;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A company's scoring rules, as a liaison sends them")
class ScoringRulesTest {
  private static Map<String, Object> defaults() {
    Map<String, Object> m = new HashMap<>();
    m.put("linkedInShare", 10L);
    m.put("xShare", 10L);
    m.put("freshBonus", 5L);
    m.put("ownWordsBonus", 5L);
    m.put("clickPoints", 1L);
    m.put("kudosPoints", 5L);
    m.put("kudosPerWeek", 5L);
    m.put("dailyCap", 100L);
    return m;
  }

  @Test
  @DisplayName("The defaults read back as DEFAULT, and points depend on the network")
  void defaultsRoundTrip() {
    assertEquals(ScoringRules.DEFAULT, ScoringRules.read(WireReaders.of(defaults())));
    ScoringRules rules = new ScoringRules(12, 7, 0, 0, 0, 0, 0, 50);
    assertEquals(12, rules.pointsForShare(Network.LINKEDIN));
    assertEquals(7, rules.pointsForShare(Network.X));
  }

  @Test
  @DisplayName("Negative numbers, a zero cap, absurd values, missing and unknown fields are refused by name")
  void refusals() {
    Map<String, Object> negative = defaults();
    negative.put("xShare", -1L);
    assertTrue(assertThrows(WireException.class, () -> ScoringRules.read(WireReaders.of(negative)))
        .getMessage().contains("xShare"));
    Map<String, Object> zeroCap = defaults();
    zeroCap.put("dailyCap", 0L);
    assertThrows(WireException.class, () -> ScoringRules.read(WireReaders.of(zeroCap)));
    Map<String, Object> huge = defaults();
    huge.put("clickPoints", 1_000_000L);
    assertThrows(WireException.class, () -> ScoringRules.read(WireReaders.of(huge)));
    Map<String, Object> missing = defaults();
    missing.remove("kudosPerWeek");
    assertThrows(WireException.class, () -> ScoringRules.read(WireReaders.of(missing)));
    Map<String, Object> unknown = defaults();
    unknown.put("bonus", 3L);
    assertThrows(WireException.class, () -> ScoringRules.read(WireReaders.of(unknown)));
  }
}
