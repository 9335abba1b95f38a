package io.chorus.server.leaderboard;

import io.chorus.shared.wire.BadgeAward;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The badges each person of a company holds, in the order they were earned, for the board's rows. A set
 * per person: hearing of an award twice (the load saw it, then its event came; or a node's own publish)
 * changes nothing. Awards come from its {@link CompanyBoard}'s writer; a person's badges are replaced
 * whole, never changed in place, so readers take them without a lock.
 */
final class HeldBadges {
  private record Held(List<BadgeAward> awards, List<String> ids) {}

  private final Map<Long, Held> byEmployee = new ConcurrentHashMap<>();

  /** Adds the award in earning order; false when the person already held that badge. */
  boolean hold(long employeeId, BadgeAward award) {
    Held held = byEmployee.get(employeeId);
    List<BadgeAward> awards = new ArrayList<>(held == null ? List.of() : held.awards());
    for (BadgeAward b : awards) {
      if (b.badgeId().equals(award.badgeId())) {
        return false;
      }
    }
    int at = awards.size();
    while (at > 0 && awards.get(at - 1).awardedAt() > award.awardedAt()) {
      at--;
    }
    awards.add(at, award);
    byEmployee.put(employeeId, new Held(List.copyOf(awards), awards.stream().map(BadgeAward::badgeId).toList()));
    return true;
  }

  /** The badge ids, oldest first (a list nobody may change). */
  List<String> ids(long employeeId) {
    Held held = byEmployee.get(employeeId);
    return held == null ? List.of() : held.ids();
  }
}
