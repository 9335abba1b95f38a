package io.chorus.server.leaderboard;

import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.Period;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

/**
 * A company board with no database behind it, filled by hand: the very {@link CompanyBoard} and
 * {@link Ranking} that answer {@code GET /api/leaderboard} and the rank in {@code GET /api/me}, for the
 * leaderboard benchmark (bench/) to measure in-process against other ways of ranking.
 */
public final class InMemoryBoard {
  private static final LoadSnapshot SEES_NOTHING = new LoadSnapshot(0, 0, Set.of());

  private final CompanyBoard board;
  private final Clock clock;

  public InMemoryBoard(String companyName, ZoneId zone, Clock clock) {
    this.board = new CompanyBoard(1, companyName, zone, SEES_NOTHING, 0, clock.millis());
    this.clock = clock;
  }

  public void person(long employeeId, String name, Long officeId, String office, Long teamId, String team) {
    board.person(employeeId, new CompanyBoard.Person(name, officeId, office, teamId, team), true);
  }

  /** A total as the load would set it: points in the period, and the ledger sequence that reached them. */
  public void total(Period period, long employeeId, long points, long reachedSeq) {
    board.loadTotal(period, employeeId, points, reachedSeq);
  }

  /** Call once after the totals: fills the office and team rankings as a load does. */
  public void loaded() {
    board.placeEveryone();
  }

  /** A committed ledger entry, applied as every node applies what it follows (for writes during a benchmark). */
  public void entry(long seq, long employeeId, String name, Long officeId, String office, Long teamId, String team,
      long points) {
    long now = clock.millis();
    board.apply(new LedgerEvent(seq, 1, 1, employeeId, points, now, name, officeId, office, teamId, team, null, null),
        now);
  }

  /** The company's top {@code limit}, rows as the API sends them (names, offices, teams, badges). */
  public Leaderboard top(Period period, int limit) {
    return board.top(BoardScope.COMPANY, period, limit, clock.millis());
  }

  /** The employee's rank in the company for the period (0 when they have no points in it). */
  public int rank(Period period, long employeeId) {
    return board.rank(period, employeeId, clock.millis());
  }
}
