package io.chorus.server.leaderboard;

import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.Standing;

/**
 * The three rankings of one scope (the company, an office or a team): this week, this month, all time.
 * Not thread-safe: its {@link CompanyBoard} guards it.
 */
final class PeriodRankings {
  private Ranking week = new Ranking();
  private Ranking month = new Ranking();
  private final Ranking allTime = new Ranking();

  Ranking of(Period period) {
    return switch (period) {
      case WEEK -> week;
      case MONTH -> month;
      case ALL_TIME -> allTime;
    };
  }

  /** Counts an entry in all time, and in the week and month when it falls inside them. */
  void add(long employeeId, long points, long seq, boolean inWeek, boolean inMonth) {
    allTime.add(employeeId, points, seq);
    if (inMonth) {
      month.add(employeeId, points, seq);
    }
    if (inWeek) {
      week.add(employeeId, points, seq);
    }
  }

  /** Makes this scope's entries for the employee equal to {@code source}'s (a scope mirrors the company). */
  void mirror(long employeeId, PeriodRankings source) {
    for (Period p : Period.values()) {
      Ranking.Entry e = source.of(p).entry(employeeId);
      if (e == null) {
        of(p).remove(employeeId);
      } else {
        of(p).set(employeeId, e.points(), e.reachedSeq());
      }
    }
  }

  void remove(long employeeId) {
    for (Period p : Period.values()) {
      of(p).remove(employeeId);
    }
  }

  void newWeek() {
    week = new Ranking();
  }

  void newMonth() {
    month = new Ranking();
  }

  Standing standing(long employeeId) {
    return new Standing(week.pointsOf(employeeId), week.rankOf(employeeId), month.pointsOf(employeeId),
        month.rankOf(employeeId), allTime.pointsOf(employeeId), allTime.rankOf(employeeId));
  }
}
