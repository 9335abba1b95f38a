package io.chorus.shared.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The badge catalogue")
class BadgeTest {
  @Test
  @DisplayName("Has every badge the programme promises, each with a unique id, a name, a description and an icon")
  void complete() {
    Set<String> ids = new HashSet<>();
    for (Badge b : Badge.values()) {
      assertTrue(ids.add(b.id()), "duplicate id " + b.id());
      assertFalse(b.title().isBlank());
      assertFalse(b.description().isBlank());
      assertFalse(b.icon().isBlank());
      assertSame(b, Badge.fromId(b.id()));
    }
    assertTrue(ids.containsAll(List.of("first-share", "shares-10", "shares-50", "shares-100", "first-on-item",
        "every-network", "streak-4", "streak-12", "contest-winner", "weekly-top-3", "kudos-given-10",
        "kudos-received-10", "spotlight")));
    assertNull(Badge.fromId("nope"));
  }

  @Test
  @DisplayName("Reaching a count earns every threshold up to it, and only those")
  void thresholds() {
    assertEquals(List.of(), Badge.reached(Badge.Criterion.SHARES, 0));
    assertEquals(List.of(Badge.FIRST_SHARE), Badge.reached(Badge.Criterion.SHARES, 9));
    assertEquals(List.of(Badge.FIRST_SHARE, Badge.SHARES_10, Badge.SHARES_50),
        Badge.reached(Badge.Criterion.SHARES, 50));
    assertEquals(List.of(Badge.STREAK_4), Badge.reached(Badge.Criterion.STREAK_WEEKS, 11));
    assertEquals(List.of(Badge.EVERY_NETWORK), Badge.reached(Badge.Criterion.NETWORKS_USED, 2));
  }
}
