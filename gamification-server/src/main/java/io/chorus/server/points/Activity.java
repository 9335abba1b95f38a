package io.chorus.server.points;

import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one committed transaction changed for the boards and screens of one company: its ledger
 * entries, the badges it awarded, the kudos it recorded, and the contests whose boards it changed.
 * Contest points stay off the company's boards: only the contest ids travel here, with the ledger
 * sequences of those contest entries ({@code contestSeqs}), which the boards skip but count as seen.
 * Built inside the transaction, handed to {@code LeaderboardIndex.committed} only after commit.
 */
public record Activity(long companyId, List<LedgerEvent> entries, List<BadgeEvent> badges, List<KudosEvent> kudos,
    Set<Long> contests, List<Long> contestSeqs) {
  public static Activity of(long companyId) {
    return new Activity(companyId, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>(),
        new ArrayList<>());
  }

  public boolean isEmpty() {
    return entries.isEmpty() && badges.isEmpty() && kudos.isEmpty() && contests.isEmpty() && contestSeqs.isEmpty();
  }
}
