package io.chorus.server.leaderboard;

import io.chorus.server.points.CalendarMonths;
import io.chorus.server.points.IsoWeeks;
import io.chorus.server.points.LedgerEvent;
import io.chorus.shared.wire.BadgeAward;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.LeaderboardRow;
import io.chorus.shared.wire.Period;
import io.chorus.shared.wire.Standing;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One company's live rankings — this week, this month, all time; for the company, each office and each
 * team — with its people's badges, in memory on every node (the feed is {@link CompanyFeed}'s). Ledger events are
 * applied at most once each (by sequence); the week and month rankings start afresh when the company's
 * week or month turns. An office or team ranking mirrors the company's entry of each of its current
 * members (membership follows {@code employee.office_id}/{@code team_id}, as the load does). Methods are
 * synchronized: each is microseconds, so event loops never wait long.
 *
 * <p>Deactivated people are on no ranking: their totals are kept aside ({@code away}), exact, and
 * follow their ledger entries (a void of one of their shares) and the week and month turning, so
 * reactivating someone puts them back with exactly the points the ledger gives them. The liaison's
 * edits reach the board as {@link #update person}, {@link #office office} and {@link #team team}
 * changes: renames, moves, deactivation.
 */
final class CompanyBoard {
  private static final int REMEMBERED_SEQS = 50_000;

  record Person(String name, Long officeId, String office, Long teamId, String team) {}

  /** The standings /api/me shows: in the company, the person's office and their team. */
  record Standings(Standing company, Standing office, Standing team) {}

  private static final Person FORMER = new Person("Former colleague", null, null, null, null);

  private final long companyId;
  private final String companyName;
  private final ZoneId zone;
  private final LoadSnapshot loadedFrom;
  private final Map<Long, Person> people = new HashMap<>();
  private final Map<Long, String> officeNames = new HashMap<>();
  private final Map<Long, String> teamNames = new HashMap<>();
  private final PeriodRankings company = new PeriodRankings();
  /** Deactivated people's totals, off every board until they are reactivated. */
  private final PeriodRankings away = new PeriodRankings();
  private final Set<Long> deactivated = new HashSet<>();
  private final Map<Long, PeriodRankings> offices = new HashMap<>();
  private final Map<Long, PeriodRankings> teams = new HashMap<>();
  private final HeldBadges badges = new HeldBadges();
  private final LinkedHashSet<Long> appliedSeqs = new LinkedHashSet<>();
  private long weekStart;
  private long nextWeekStart;
  private long monthStart;
  private long nextMonthStart;
  private long lastSeq;

  CompanyBoard(long companyId, String companyName, ZoneId zone, LoadSnapshot loadedFrom, long lastSeq,
      long now) {
    this.companyId = companyId;
    this.companyName = companyName;
    this.zone = zone;
    this.loadedFrom = loadedFrom;
    this.lastSeq = lastSeq;
    Instant at = Instant.ofEpochMilli(now);
    setWeek(at);
    setMonth(at);
  }

  long companyId() {
    return companyId;
  }

  /** The highest ledger sequence this board has counted (loaded or applied). */
  synchronized long lastSeq() {
    return lastSeq;
  }

  /** The instant this company's current week began (for loading the week's totals). */
  synchronized long weekStartMillis() {
    return weekStart;
  }

  /** The instant this company's current month began (for loading the month's totals). */
  synchronized long monthStartMillis() {
    return monthStart;
  }

  // ---- loading (before the board is shared) ----

  synchronized void office(long officeId, String name) {
    officeNames.put(officeId, name);
  }

  synchronized void team(long teamId, String name) {
    teamNames.put(teamId, name);
  }

  synchronized void person(long employeeId, Person person, boolean active) {
    people.put(employeeId, person);
    if (!active) {
      deactivated.add(employeeId);
    }
  }

  /** Sets a loaded total in the company's ranking, or aside for a deactivated person (see {@link #placeEveryone}). */
  synchronized void loadTotal(Period period, long employeeId, long points, long reachedSeq) {
    (deactivated.contains(employeeId) ? away : company).of(period).set(employeeId, points, reachedSeq);
  }

  /** After the totals are loaded: copies each (active) person's company entries into their office and team. */
  synchronized void placeEveryone() {
    people.forEach((id, p) -> {
      if (!deactivated.contains(id)) {
        mirror(id, p);
      }
    });
  }

  synchronized void loadBadge(long employeeId, BadgeAward award) {
    badges.hold(employeeId, award);
  }

  // ---- live changes ----

  /** Applies a committed ledger entry; false when it was already counted (by the load, or before). */
  synchronized boolean apply(LedgerEvent e, long now) {
    if (loadedFrom.sees(e.xid()) || !appliedSeqs.add(e.seq())) {
      return false;
    }
    if (appliedSeqs.size() > REMEMBERED_SEQS) {
      appliedSeqs.remove(appliedSeqs.iterator().next());
    }
    roll(Math.max(now, e.atMillis()));
    Person p = place(e);
    lastSeq = Math.max(lastSeq, e.seq());
    if (deactivated.contains(e.employeeId())) {
      // Off the boards; the total stays exact for a reactivation. Nothing anyone sees changed.
      away.add(e.employeeId(), e.points(), e.seq(), e.atMillis() >= weekStart, e.atMillis() >= monthStart);
      return false;
    }
    company.add(e.employeeId(), e.points(), e.seq(), e.atMillis() >= weekStart, e.atMillis() >= monthStart);
    mirror(e.employeeId(), p);
    return true;
  }

  /** Records a badge award; false when the person already held it (each badge is held once). */
  synchronized boolean applyBadge(BadgeEvent e) {
    return badges.hold(e.employeeId(), new BadgeAward(e.badgeId(), e.at()));
  }

  /**
   * A person as the database has them now (a new name, another office or team, deactivated or back):
   * a move takes their entries out of the old office's and team's rankings into the new ones';
   * deactivation takes them off every ranking (their totals kept aside), reactivation puts them back.
   * Applying the same state twice changes nothing.
   */
  synchronized void update(long employeeId, Person now, boolean active) {
    Person before = people.put(employeeId, now);
    if (before != null) {
      leave(offices, before.officeId(), now.officeId(), employeeId);
      leave(teams, before.teamId(), now.teamId(), employeeId);
    }
    boolean wasAway = deactivated.contains(employeeId);
    if (!active) {
      if (!wasAway) {
        deactivated.add(employeeId);
        move(employeeId, company, away);
      }
      leave(offices, now.officeId(), null, employeeId);
      leave(teams, now.teamId(), null, employeeId);
      return;
    }
    if (wasAway) {
      deactivated.remove(employeeId);
      move(employeeId, away, company);
    }
    mirror(employeeId, now);
  }

  /** An office's name as it is now; null: the office is gone (it was empty). Its people's rows follow. */
  synchronized void office(long officeId, String name, boolean exists) {
    if (!exists) {
      officeNames.remove(officeId);
      offices.remove(officeId);
    } else {
      officeNames.put(officeId, name);
    }
    people.replaceAll((id, p) -> p.officeId() == null || p.officeId() != officeId ? p
        : exists ? new Person(p.name(), officeId, name, p.teamId(), p.team()) : new Person(p.name(), null, null, p.teamId(), p.team()));
  }

  /** A team's name as it is now; see {@link #office(long, String, boolean)}. */
  synchronized void team(long teamId, String name, boolean exists) {
    if (!exists) {
      teamNames.remove(teamId);
      teams.remove(teamId);
    } else {
      teamNames.put(teamId, name);
    }
    people.replaceAll((id, p) -> p.teamId() == null || p.teamId() != teamId ? p
        : exists ? new Person(p.name(), p.officeId(), p.office(), teamId, name) : new Person(p.name(), p.officeId(), p.office(), null, null));
  }

  /** Whether this person is off the boards (deactivated), as far as this board knows. */
  synchronized boolean isAway(long employeeId) {
    return deactivated.contains(employeeId);
  }

  // ---- reading ----

  /** Whether the board knows this office or team (the company always). */
  synchronized boolean knows(BoardScope scope) {
    return scopeName(scope) != null;
  }

  /** Makes an office or team known that the load did not see (created since). */
  synchronized void learn(BoardScope scope, String name) {
    switch (scope.scope()) {
      case OFFICE -> officeNames.putIfAbsent(scope.id(), name);
      case TEAM -> teamNames.putIfAbsent(scope.id(), name);
      case COMPANY -> { }
    }
  }

  synchronized Leaderboard top(BoardScope scope, Period period, int limit, long now) {
    roll(now);
    List<LeaderboardRow> rows = new ArrayList<>();
    PeriodRankings rankings = rankings(scope);
    if (rankings != null) {
      int rank = 0;
      for (Ranking.Entry e : rankings.of(period).top(limit)) {
        Person p = people.getOrDefault(e.employeeId(), FORMER);
        rows.add(new LeaderboardRow(++rank, e.employeeId(), p.name(), p.office(), p.team(), e.points(),
            badges.ids(e.employeeId())));
      }
    }
    return new Leaderboard(companyName, period, scope.scope(), scopeName(scope), lastSeq, rows);
  }

  /** One rank in the company (0 when unranked), without building a standing. */
  synchronized int rank(Period period, long employeeId, long now) {
    roll(now);
    return company.of(period).rankOf(employeeId);
  }

  synchronized Standing standing(long employeeId, long now) {
    roll(now);
    return company.standing(employeeId);
  }

  synchronized Standings standings(long employeeId, long now) {
    roll(now);
    Person p = people.get(employeeId);
    PeriodRankings office = p == null || p.officeId() == null ? null : offices.get(p.officeId());
    PeriodRankings team = p == null || p.teamId() == null ? null : teams.get(p.teamId());
    return new Standings(company.standing(employeeId), office == null ? Standing.NONE : office.standing(employeeId),
        team == null ? Standing.NONE : team.standing(employeeId));
  }

  // ---- inside ----

  private PeriodRankings rankings(BoardScope scope) {
    return switch (scope.scope()) {
      case COMPANY -> company;
      case OFFICE -> offices.get(scope.id());
      case TEAM -> teams.get(scope.id());
    };
  }

  private String scopeName(BoardScope scope) {
    return switch (scope.scope()) {
      case COMPANY -> companyName;
      case OFFICE -> officeNames.get(scope.id());
      case TEAM -> teamNames.get(scope.id());
    };
  }

  /**
   * Where the event says the person now is. A writer that knew only names is placed by name (unique in
   * a company); someone who moved leaves the old office's and team's rankings.
   */
  private Person place(LedgerEvent e) {
    Long officeId = e.officeId() != null ? e.officeId() : idByName(officeNames, e.office());
    Long teamId = e.teamId() != null ? e.teamId() : idByName(teamNames, e.team());
    if (officeId != null && e.office() != null) {
      officeNames.putIfAbsent(officeId, e.office());
    }
    if (teamId != null && e.team() != null) {
      teamNames.putIfAbsent(teamId, e.team());
    }
    // The row shows the names the writer read in its transaction (the database's, then). A rename is
    // applied to every row when it is announced (see office/team below).
    Person now = new Person(e.employeeName(), officeId, e.office(), teamId, e.team());
    Person before = people.put(e.employeeId(), now);
    if (before != null) {
      leave(offices, before.officeId(), officeId, e.employeeId());
      leave(teams, before.teamId(), teamId, e.employeeId());
    }
    return now;
  }

  private static void move(long employeeId, PeriodRankings from, PeriodRankings to) {
    to.mirror(employeeId, from);
    from.remove(employeeId);
  }

  private static void leave(Map<Long, PeriodRankings> scopes, Long was, Long is, long employeeId) {
    PeriodRankings old = was == null || was.equals(is) ? null : scopes.get(was);
    if (old != null) {
      old.remove(employeeId);
    }
  }

  private void mirror(long employeeId, Person p) {
    if (p.officeId() != null) {
      offices.computeIfAbsent(p.officeId(), id -> new PeriodRankings()).mirror(employeeId, company);
    }
    if (p.teamId() != null) {
      teams.computeIfAbsent(p.teamId(), id -> new PeriodRankings()).mirror(employeeId, company);
    }
  }

  private static Long idByName(Map<Long, String> names, String name) {
    if (name == null) {
      return null;
    }
    for (Map.Entry<Long, String> n : names.entrySet()) {
      if (n.getValue().equals(name)) {
        return n.getKey();
      }
    }
    return null;
  }

  private void roll(long now) {
    if (now >= nextWeekStart) {
      company.newWeek();
      away.newWeek();
      offices.values().forEach(PeriodRankings::newWeek);
      teams.values().forEach(PeriodRankings::newWeek);
      setWeek(Instant.ofEpochMilli(now));
    }
    if (now >= nextMonthStart) {
      company.newMonth();
      away.newMonth();
      offices.values().forEach(PeriodRankings::newMonth);
      teams.values().forEach(PeriodRankings::newMonth);
      setMonth(Instant.ofEpochMilli(now));
    }
  }

  private void setWeek(Instant at) {
    weekStart = IsoWeeks.weekStart(at, zone).toEpochMilli();
    nextWeekStart = IsoWeeks.nextWeekStart(at, zone).toEpochMilli();
  }

  private void setMonth(Instant at) {
    monthStart = CalendarMonths.monthStart(at, zone).toEpochMilli();
    nextMonthStart = CalendarMonths.nextMonthStart(at, zone).toEpochMilli();
  }
}
