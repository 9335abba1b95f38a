package io.chorus.server.leaderboard;

import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.Standing;

/**
 * The three rankings of one scope (the company, an office or a team): this week, this month, all time.
 * Changed only by its {@link CompanyBoard}'s writer, under the board's lock, and seen by readers after
 * {@link #publish}; reading never waits (see {@link Ranking}).
 */
final class PeriodRankings {
  private volatile Ranking week = new Ranking();
  private volatile Ranking month = new Ranking();
  private final Ranking allTime = new Ranking();
  /** The rows of each period's top as last built, by {@link Period#ordinal()}. */
  private final TopRows[] tops = {new TopRows(), new TopRows(), new TopRows()};

  Ranking of(Period period) {
    return switch (period) {
      case WEEK -> week;
      case MONTH -> month;
      case ALL_TIME -> allTime;
    };
  }

  TopRows topRows(Period period) {
    return tops[period.ordinal()];
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
        of(p).set(e);
      }
    }
  }

  void remove(long employeeId) {
    for (Period p : Period.values()) {
      of(p).remove(employeeId);
    }
  }

  /** Lets readers see what the writer changed (see {@link Ranking#publish}). */
  void publish() {
    week.publish();
    month.publish();
    allTime.publish();
  }

  void newWeek() {
    week = new Ranking();
  }

  void newMonth() {
    month = new Ranking();
  }

  /** Each period read on its own: a share applied meanwhile may show in one period a moment before another. */
  Standing standing(long employeeId) {
    Ranking w = week;
    Ranking m = month;
    return new Standing(w.pointsOf(employeeId), w.rankOf(employeeId), m.pointsOf(employeeId),
        m.rankOf(employeeId), allTime.pointsOf(employeeId), allTime.rankOf(employeeId));
  }
}
