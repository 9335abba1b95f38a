package io.chorus.server.points;

import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What one committed transaction changed for the boards and screens of one company: its ledger
 * entries, the badges it awarded and the kudos it recorded. Built inside the transaction, handed to
 * {@code LeaderboardIndex.committed} only after commit.
 */
public record Activity(long companyId, List<LedgerEvent> entries, List<BadgeEvent> badges, List<KudosEvent> kudos) {
  public static Activity of(long companyId) {
    return new Activity(companyId, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
  }

  public boolean isEmpty() {
    return entries.isEmpty() && badges.isEmpty() && kudos.isEmpty();
  }
}
