package io.chorus.server.shares;

import io.chorus.shared.Network;
import io.chorus.shared.scoring.OwnWords;
import io.chorus.shared.scoring.ScoringRules;
import java.time.Duration;
import java.time.Instant;

/**
 * The points of one share, part by part: the network's base points, the bonus for sharing within 24 h
 * of the item's publication, and the bonus for the employee's own words. Asked for by the company's
 * rules, then cut by the daily cap as one amount and split back base first (the share itself matters
 * most), then the fresh bonus, then own words.
 */
record SharePoints(int base, int fresh, int ownWords) {

  static SharePoints asked(ScoringRules rules, Network network, Instant publishAt, Instant postedAt,
      String suggestedText, String postedText) {
    int fresh = isFresh(publishAt, postedAt) ? rules.freshBonus() : 0;
    int own = postedText != null && OwnWords.differsMeaningfully(suggestedText, postedText) ? rules.ownWordsBonus() : 0;
    return new SharePoints(rules.pointsForShare(network), fresh, own);
  }

  /**
   * Within 24 h after publication. A post timed a little before it (the employee's clock runs behind
   * ours; the item could not be shared before it was live) still counts.
   */
  static boolean isFresh(Instant publishAt, Instant postedAt) {
    Duration after = Duration.between(publishAt, postedAt);
    return after.compareTo(PostedAt.CLOCK_SKEW.negated()) >= 0
        && after.toMillis() < ScoringRules.FRESH_WINDOW_MILLIS;
  }

  int total() {
    return base + fresh + ownWords;
  }

  /** What {@code granted} (at most {@link #total()}) pays of each part. */
  SharePoints split(int granted) {
    int b = Math.min(base, granted);
    int f = Math.min(fresh, granted - b);
    return new SharePoints(b, f, granted - b - f);
  }
}
