package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.Network;
import io.chorus.shared.wire.ShareEvent;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Recent shares: newest first, each once, never more than the screen shows")
class RecentSharesTest {

  private static ShareEvent share(long seq) {
    return new ShareEvent(seq, "Sanne de Vries", "Amsterdam", "Item " + seq, Network.LINKEDIN, 10, seq * 1000);
  }

  private static List<Long> seqs(RecentShares recent) {
    return recent.items().stream().map(ShareEvent::seq).toList();
  }

  @Test
  @DisplayName("A week of live shares keeps only the newest six")
  void staysCapped() {
    RecentShares recent = new RecentShares(6);
    for (long seq = 1; seq <= 10_000; seq++) {
      recent.add(share(seq));
    }
    assertEquals(List.of(10_000L, 9_999L, 9_998L, 9_997L, 9_996L, 9_995L), seqs(recent));
  }

  @Test
  @DisplayName("A share seen twice (live, then again in a reconnect snapshot) is listed once")
  void duplicatesAreIgnored() {
    RecentShares recent = new RecentShares(6);
    assertTrue(recent.add(share(5)));
    assertFalse(recent.add(share(5)));
    assertEquals(List.of(5L), seqs(recent));
  }

  @Test
  @DisplayName("Out-of-order shares take their place by sequence; one older than all six shown is dropped")
  void ordersBySequence() {
    RecentShares recent = new RecentShares(3);
    recent.add(share(10));
    recent.add(share(30));
    recent.add(share(20));
    assertFalse(recent.add(share(5)));
    assertEquals(List.of(30L, 20L, 10L), seqs(recent));
  }

  @Test
  @DisplayName("The server's snapshot (eight, newest first) replaces the list, trimmed to capacity")
  void snapshotReplaces() {
    RecentShares recent = new RecentShares(6);
    recent.add(share(1));
    recent.replaceAll(List.of(share(18), share(17), share(16), share(15), share(14), share(13), share(12), share(11)));
    assertEquals(List.of(18L, 17L, 16L, 15L, 14L, 13L), seqs(recent));
  }
}
