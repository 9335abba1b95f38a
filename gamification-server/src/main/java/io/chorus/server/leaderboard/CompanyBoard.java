package io.chorus.server.leaderboard;

import io.chorus.server.points.IsoWeeks;
import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.LeaderboardRow;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.ShareEvent;
import io.chorus.shared.wire.Standing;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One company's live rankings (this week, all time) and its recent shares, in memory on every node.
 * Ledger events are applied at most once each (by sequence); the week ranking starts afresh when the
 * company's week turns. Methods are synchronized: each is microseconds, so event loops never wait long.
 */
final class CompanyBoard {
  static final int RECENT_SHARES = 8;
  private static final int REMEMBERED_SEQS = 50_000;

  record Person(String name, String office, String team) {}

  private final long companyId;
  private final String companyName;
  private final ZoneId zone;
  private final LoadSnapshot loadedFrom;
  private final Map<Long, Person> people = new HashMap<>();
  private final Ranking allTime = new Ranking();
  private Ranking week = new Ranking();
  private long weekStart;
  private long nextWeekStart;
  private long lastSeq;
  private final Deque<ShareEvent> recent = new ArrayDeque<>();
  private final LinkedHashSet<Long> appliedSeqs = new LinkedHashSet<>();

  CompanyBoard(long companyId, String companyName, ZoneId zone, LoadSnapshot loadedFrom, long lastSeq,
      long now) {
    this.companyId = companyId;
    this.companyName = companyName;
    this.zone = zone;
    this.loadedFrom = loadedFrom;
    this.lastSeq = lastSeq;
    setWeek(now);
  }

  long companyId() {
    return companyId;
  }

  /** The instant this company's current week began (for loading the week's totals). */
  synchronized long weekStartMillis() {
    return weekStart;
  }

  synchronized void person(long employeeId, Person person) {
    people.put(employeeId, person);
  }

  synchronized void loadAllTime(long employeeId, long points, long reachedSeq) {
    allTime.set(employeeId, points, reachedSeq);
  }

  synchronized void loadWeek(long employeeId, long points, long reachedSeq) {
    week.set(employeeId, points, reachedSeq);
  }

  synchronized void loadRecent(List<ShareEvent> newestFirst) {
    recent.clear();
    recent.addAll(newestFirst);
  }

  /** Applies a committed ledger entry; false when it was already counted (by the load, or before). */
  synchronized boolean apply(LedgerEvent e, long now) {
    if (loadedFrom.sees(e.xid()) || !appliedSeqs.add(e.seq())) {
      return false;
    }
    if (appliedSeqs.size() > REMEMBERED_SEQS) {
      appliedSeqs.remove(appliedSeqs.iterator().next());
    }
    roll(Math.max(now, e.atMillis()));
    people.put(e.employeeId(), new Person(e.employeeName(), e.office(), e.team()));
    allTime.add(e.employeeId(), e.points(), e.seq());
    if (e.atMillis() >= weekStart) {
      week.add(e.employeeId(), e.points(), e.seq());
    }
    lastSeq = Math.max(lastSeq, e.seq());
    if (e.contentTitle() != null) {
      recent.addFirst(e.toShareEvent());
      while (recent.size() > RECENT_SHARES) {
        recent.removeLast();
      }
    }
    return true;
  }

  synchronized Leaderboard top(Period period, int limit, long now) {
    roll(now);
    List<LeaderboardRow> rows = new ArrayList<>();
    int rank = 0;
    for (Ranking.Entry e : ranking(period).top(limit)) {
      Person p = people.getOrDefault(e.employeeId(), new Person("Former colleague", null, null));
      rows.add(new LeaderboardRow(++rank, e.employeeId(), p.name(), p.office(), p.team(), e.points(), List.of()));
    }
    return new Leaderboard(companyName, period, Leaderboard.Scope.COMPANY, companyName, lastSeq, rows);
  }

  synchronized Standing standing(long employeeId, long now) {
    roll(now);
    return new Standing(week.pointsOf(employeeId), week.rankOf(employeeId), 0, 0,
        allTime.pointsOf(employeeId), allTime.rankOf(employeeId));
  }

  synchronized List<ShareEvent> recentShares() {
    return new ArrayList<>(recent);
  }

  private Ranking ranking(Period period) {
    return period == Period.WEEK ? week : allTime;
  }

  private void roll(long now) {
    if (now >= nextWeekStart) {
      week = new Ranking();
      setWeek(now);
    }
  }

  private void setWeek(long now) {
    Instant at = Instant.ofEpochMilli(now);
    weekStart = IsoWeeks.weekStart(at, zone).toEpochMilli();
    nextWeekStart = IsoWeeks.nextWeekStart(at, zone).toEpochMilli();
  }
}
