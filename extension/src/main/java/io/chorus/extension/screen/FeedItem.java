package io.chorus.extension.screen;

import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.ShareEvent;

/**
 * One line of the screen's feed: a share, a kudos or a badge award (exactly one of the three is set).
 * {@code key} identifies it across the live stream and a reconnect's snapshot; {@code at} (epoch ms,
 * the server's clock) orders the feed. DOM-free.
 */
@SuppressWarnings("unusable-by-js")
public record FeedItem(String key, long at, int kindRank, long tiebreak, ShareEvent share, KudosEvent kudos,
    BadgeEvent badge) {

  public static FeedItem of(ShareEvent s) {
    return new FeedItem("share:" + s.seq(), s.at(), 0, s.seq(), s, null, null);
  }

  public static FeedItem of(KudosEvent k) {
    return new FeedItem("kudos:" + k.id(), k.at(), 1, k.id(), null, k, null);
  }

  // Ranked above a share at the same instant: a badge is usually what that very share earned.
  public static FeedItem of(BadgeEvent b) {
    return new FeedItem("badge:" + b.employeeId() + ":" + b.badgeId(), b.at(), 2, b.employeeId(), null, null, b);
  }

  /** True when this item belongs before {@code other} in a newest-first feed. */
  public boolean newerThan(FeedItem other) {
    if (at != other.at) {
      return at > other.at;
    }
    if (kindRank != other.kindRank) {
      return kindRank > other.kindRank;
    }
    if (tiebreak != other.tiebreak) {
      return tiebreak > other.tiebreak;
    }
    return key.compareTo(other.key) > 0;
  }
}
