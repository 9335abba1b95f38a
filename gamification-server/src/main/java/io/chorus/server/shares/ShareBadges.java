package io.chorus.server.shares;

import io.chorus.shared.badges.Badge;
import io.chorus.shared.badges.Badge.Criterion;
import io.chorus.shared.wire.Streak;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The badges a share can bring, decided from what its transaction counted. Badges already held are
 * left out so the usual share asks the database for no award at all; one held by a racing transaction
 * is still safe, as an award happens at most once per person whatever is asked.
 */
final class ShareBadges {
  private ShareBadges() {}

  /** Whether a streak badge is still to be earned, i.e. whether the streak needs computing at all. */
  static boolean streakMatters(Set<String> held) {
    for (Badge b : Badge.values()) {
      if (b.criterion() == Criterion.STREAK_WEEKS && !held.contains(b.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param shares the employee's shares that count (not voided), this one included
   * @param networks the distinct networks among them
   * @param firstOnItem whether this is the first share of the item in the company
   * @param streak the streak with this share, or null when it was not computed
   */
  static List<Badge> reached(long shares, long networks, boolean firstOnItem, Streak streak, Set<String> held) {
    List<Badge> out = new ArrayList<>();
    out.addAll(Badge.reached(Criterion.SHARES, shares));
    if (firstOnItem) {
      out.addAll(Badge.reached(Criterion.FIRST_TO_SHARE_ITEM, 1));
    }
    out.addAll(Badge.reached(Criterion.NETWORKS_USED, networks));
    if (streak != null) {
      out.addAll(Badge.reached(Criterion.STREAK_WEEKS, streak.weeks()));
    }
    out.removeIf(b -> held.contains(b.id()));
    return out;
  }
}
