package io.chorus.extension.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.Network;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.ShareEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The screen's feed: shares, kudos and badges mixed, newest first, each once, never more than it shows")
class FeedTest {
  private static final long T = 1_770_000_000_000L;

  private static FeedItem share(long seq, long at) {
    return FeedItem.of(new ShareEvent(seq, "Sanne de Vries", "Amsterdam", "Item " + seq, Network.LINKEDIN, 10, at));
  }

  private static FeedItem kudos(long id, long at) {
    return FeedItem.of(new KudosEvent(id, "Sanne de Vries", "Jānis Bērziņš", "One team", "thanks", at, 0));
  }

  private static FeedItem badge(String badgeId, long at) {
    return FeedItem.of(new BadgeEvent(7, "Jānis Bērziņš", badgeId, at, 0));
  }

  private static List<String> keys(Feed feed) {
    return feed.items().stream().map(FeedItem::key).toList();
  }

  @Test
  @DisplayName("The reconnect snapshot (three lists) is merged newest first, whatever kind each item is")
  void snapshotMergesByTime() {
    Feed feed = new Feed(5);
    List<FeedItem> snapshot = new ArrayList<>();
    snapshot.addAll(List.of(share(30, T + 3_000), share(10, T)));
    snapshot.addAll(List.of(kudos(2, T + 4_000), kudos(1, T + 1_000)));
    snapshot.add(badge("streak-4", T + 2_000));

    feed.replaceAll(snapshot);

    assertEquals(List.of("kudos:2", "share:30", "badge:7:streak-4", "kudos:1", "share:10"), keys(feed));
  }

  @Test
  @DisplayName("A badge earned by a share, at the same instant, shows above that share")
  void badgeAboveItsShare() {
    Feed feed = new Feed(5);
    feed.add(share(41, T));
    feed.add(badge("first-share", T));

    assertEquals(List.of("badge:7:first-share", "share:41"), keys(feed));
  }

  @Test
  @DisplayName("An item seen live and again in the reconnect snapshot is listed once; a late one takes its place by time")
  void duplicatesAndLateItems() {
    Feed feed = new Feed(3);
    assertTrue(feed.add(kudos(5, T + 5_000)));
    assertFalse(feed.add(kudos(5, T + 5_000)));
    assertTrue(feed.add(share(9, T + 9_000)));
    assertTrue(feed.add(badge("streak-4", T + 7_000)));
    assertFalse(feed.add(share(1, T + 1_000)), "older than all three shown");

    assertEquals(List.of("share:9", "badge:7:streak-4", "kudos:5"), keys(feed));
  }

  @Test
  @DisplayName("A month of live activity keeps only the newest five")
  void staysCapped() {
    Feed feed = new Feed(5);
    for (long i = 1; i <= 10_000; i++) {
      feed.add(i % 3 == 0 ? kudos(i, T + i) : share(i, T + i));
    }
    assertEquals(List.of("share:10000", "kudos:9999", "share:9998", "share:9997", "kudos:9996"), keys(feed));
  }

  @Test
  @DisplayName("The same badge for two people is two items; ties of one kind go to the later id")
  void keysAndTies() {
    Feed feed = new Feed(5);
    feed.add(FeedItem.of(new BadgeEvent(3, "Sanne de Vries", "first-share", T, 0)));
    feed.add(FeedItem.of(new BadgeEvent(4, "Daan Jansen", "first-share", T, 0)));
    feed.add(kudos(1, T));
    feed.add(kudos(2, T));

    assertEquals(List.of("badge:4:first-share", "badge:3:first-share", "kudos:2", "kudos:1"), keys(feed));
  }
}
