package io.chorus.server.leaderboard;

import io.chorus.shared.wire.BadgeAward;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The badges each person of a company holds, in the order they were earned, for the board's rows. A set
 * per person: hearing of an award twice (the load saw it, then its event came; or a node's own publish)
 * changes nothing. Not thread-safe: its {@link CompanyBoard} guards it.
 */
final class HeldBadges {
  private final Map<Long, List<BadgeAward>> byEmployee = new HashMap<>();

  /** Adds the award in earning order; false when the person already held that badge. */
  boolean hold(long employeeId, BadgeAward award) {
    List<BadgeAward> held = byEmployee.computeIfAbsent(employeeId, id -> new ArrayList<>(2));
    for (BadgeAward b : held) {
      if (b.badgeId().equals(award.badgeId())) {
        return false;
      }
    }
    int at = held.size();
    while (at > 0 && held.get(at - 1).awardedAt() > award.awardedAt()) {
      at--;
    }
    held.add(at, award);
    return true;
  }

  /** The badge ids, oldest first. */
  List<String> ids(long employeeId) {
    List<BadgeAward> held = byEmployee.get(employeeId);
    if (held == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(held.size());
    for (BadgeAward b : held) {
      ids.add(b.badgeId());
    }
    return ids;
  }
}
