package io.chorus.server.leaderboard;

import io.chorus.shared.wire.LeaderboardRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of one ranking's top as last built, handed out again for as long as the very same entries
 * lead and no name, office, team or badge has changed since: a board with a million people gets a new
 * leader a few times a second at most, and its screens and popups read it far more often, so a read
 * mostly builds nothing. Any thread may build and store; each stored value is consistent on its own.
 */
final class TopRows {
  /** Makes the row of one leading entry (names and badges as the board has them now). */
  interface RowMaker {
    LeaderboardRow row(int rank, Ranking.Entry entry);
  }

  private record Built(List<Ranking.Entry> leaders, int limit, long namesVersion, List<LeaderboardRow> rows) {}

  private volatile Built built;

  /**
   * The rows of {@code ranking}'s first {@code limit}. {@code namesVersion} must be read before calling,
   * and bumped by the writer after each change a row shows: a build that raced a change is then stored
   * under the older version, and the next read builds again.
   */
  List<LeaderboardRow> rows(Ranking ranking, int limit, long namesVersion, RowMaker maker) {
    Built b = built;
    if (b != null && b.limit() == limit && b.namesVersion() == namesVersion && ranking.topIs(b.leaders(), limit)) {
      return b.rows();
    }
    List<Ranking.Entry> leaders = ranking.top(limit);
    List<LeaderboardRow> rows = new ArrayList<>(leaders.size());
    int rank = 0;
    for (Ranking.Entry e : leaders) {
      rows.add(maker.row(++rank, e));
    }
    List<LeaderboardRow> shown = Collections.unmodifiableList(rows);
    built = new Built(leaders, limit, namesVersion, shown);
    return shown;
  }
}
