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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One company's live rankings — this week, this month, all time; for the company, each office and each
 * team — with its people's badges, in memory on every node (the feed is {@link CompanyFeed}'s). Ledger events are
 * applied at most once each (by sequence); the week and month rankings start afresh when the company's
 * week or month turns. An office or team ranking mirrors the company's entry of each of its current
 * members (membership follows {@code employee.office_id}/{@code team_id}, as the load does).
 *
 * <p>Changes are synchronized (one writer at a time; each is microseconds) and end by publishing what they
 * changed. Reading a board ({@link #top}, {@link #rank}, {@link #standing}, {@link #standings}) takes no
 * lock and never waits for a writer: the rankings hand readers their last published order (see
 * {@link Ranking}), and names, offices, teams and badges sit in concurrent maps. A read only locks to turn
 * the week or month over when it is the first to notice it turned.
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
  private final Map<Long, Person> people = new ConcurrentHashMap<>();
  private final Map<Long, String> officeNames = new ConcurrentHashMap<>();
  private final Map<Long, String> teamNames = new ConcurrentHashMap<>();
  private final PeriodRankings company = new PeriodRankings();
  /** Deactivated people's totals, off every board until they are reactivated. */
  private final PeriodRankings away = new PeriodRankings();
  private final Set<Long> deactivated = new HashSet<>();
  private final Map<Long, PeriodRankings> offices = new ConcurrentHashMap<>();
  private final Map<Long, PeriodRankings> teams = new ConcurrentHashMap<>();
  private final HeldBadges badges = new HeldBadges();
  private final AppliedSeqs appliedSeqs = new AppliedSeqs(REMEMBERED_SEQS);
  private long weekStart;
  private volatile long nextWeekStart;
  private long monthStart;
  private volatile long nextMonthStart;
  private volatile long lastSeq;
  /** Bumped after every change a row of a board shows (a name, office, team or badge): see {@link TopRows}. */
  private volatile long namesVersion;

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
  long lastSeq() {
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
    namesChanged();
  }

  synchronized void team(long teamId, String name) {
    teamNames.put(teamId, name);
    namesChanged();
  }

  synchronized void person(long employeeId, Person person, boolean active) {
    people.put(employeeId, person);
    if (!active) {
      deactivated.add(employeeId);
    }
    namesChanged();
  }

  /**
   * Sets a loaded total in the company's ranking, or aside for a deactivated person. Readers see the
   * totals once {@link #placeEveryone} has run.
   */
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
    publish();
  }

  synchronized void loadBadge(long employeeId, BadgeAward award) {
    badges.hold(employeeId, award);
    namesChanged();
  }

  // ---- live changes ----

  /** Applies a committed ledger entry; false when it was already counted (by the load, or before). */
  synchronized boolean apply(LedgerEvent e, long now) {
    if (loadedFrom.sees(e.xid()) || !appliedSeqs.add(e.seq())) {
      return false;
    }
    roll(Math.max(now, e.atMillis()));
    Person before = people.get(e.employeeId());
    Person p = place(e);
    boolean shown = !deactivated.contains(e.employeeId());
    if (shown) {
      company.add(e.employeeId(), e.points(), e.seq(), e.atMillis() >= weekStart, e.atMillis() >= monthStart);
      mirror(e.employeeId(), p);
    } else {
      // Off the boards; the total stays exact for a reactivation. Nothing anyone sees changed.
      away.add(e.employeeId(), e.points(), e.seq(), e.atMillis() >= weekStart, e.atMillis() >= monthStart);
    }
    if (p == before) {
      // The usual entry: the person stayed where they were, so only their scopes changed. Publishing
      // every office's and team's rankings (three each) for it was a fifth of the apply.
      publishScopesOf(shown ? company : away, p);
    } else {
      publish();
    }
    // After the publish: a reader that sees this sequence number sees the rankings that count it.
    lastSeq = Math.max(lastSeq, e.seq());
    return shown;
  }

  /** Records a badge award; false when the person already held it (each badge is held once). */
  synchronized boolean applyBadge(BadgeEvent e) {
    boolean held = badges.hold(e.employeeId(), new BadgeAward(e.badgeId(), e.at()));
    if (held) {
      namesChanged();
    }
    return held;
  }

  /**
   * A person as the database has them now (a new name, another office or team, deactivated or back):
   * a move takes their entries out of the old office's and team's rankings into the new ones';
   * deactivation takes them off every ranking (their totals kept aside), reactivation puts them back.
   * Applying the same state twice changes nothing.
   */
  synchronized void update(long employeeId, Person now, boolean active) {
    Person before = people.put(employeeId, now);
    namesChanged();
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
      publish();
      return;
    }
    if (wasAway) {
      deactivated.remove(employeeId);
      move(employeeId, away, company);
    }
    mirror(employeeId, now);
    publish();
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
    namesChanged();
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
    namesChanged();
  }

  /** Whether this person is off the boards (deactivated), as far as this board knows. */
  synchronized boolean isAway(long employeeId) {
    return deactivated.contains(employeeId);
  }

  // ---- reading ----

  /** Whether the board knows this office or team (the company always). */
  boolean knows(BoardScope scope) {
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

  Leaderboard top(BoardScope scope, Period period, int limit, long now) {
    rollIfDue(now);
    // Read before the rows, so rows built while a name changes are stored as already stale.
    long names = namesVersion;
    long seq = lastSeq;
    PeriodRankings rankings = rankings(scope);
    List<LeaderboardRow> rows = rankings == null ? List.of()
        : rankings.topRows(period).rows(rankings.of(period), limit, names, this::row);
    return new Leaderboard(companyName, period, scope.scope(), scopeName(scope), seq, rows);
  }

  /** One rank in the company (0 when unranked), without building a standing. */
  int rank(Period period, long employeeId, long now) {
    rollIfDue(now);
    return company.of(period).rankOf(employeeId);
  }

  Standing standing(long employeeId, long now) {
    rollIfDue(now);
    return company.standing(employeeId);
  }

  Standings standings(long employeeId, long now) {
    rollIfDue(now);
    Person p = people.get(employeeId);
    PeriodRankings office = p == null || p.officeId() == null ? null : offices.get(p.officeId());
    PeriodRankings team = p == null || p.teamId() == null ? null : teams.get(p.teamId());
    return new Standings(company.standing(employeeId), office == null ? Standing.NONE : office.standing(employeeId),
        team == null ? Standing.NONE : team.standing(employeeId));
  }

  // ---- inside ----

  private LeaderboardRow row(int rank, Ranking.Entry e) {
    Person p = people.getOrDefault(e.employeeId(), FORMER);
    return new LeaderboardRow(rank, e.employeeId(), p.name(), p.office(), p.team(), e.points(),
        badges.ids(e.employeeId()));
  }

  /** Lets readers see what changed in {@code own} and in the office's and team's rankings of {@code p}. */
  private void publishScopesOf(PeriodRankings own, Person p) {
    own.publish();
    PeriodRankings office = p.officeId() == null ? null : offices.get(p.officeId());
    if (office != null) {
      office.publish();
    }
    PeriodRankings team = p.teamId() == null ? null : teams.get(p.teamId());
    if (team != null) {
      team.publish();
    }
  }

  /** Lets readers see every ranking the writer changed (cheap for those it did not). */
  private void publish() {
    company.publish();
    away.publish();
    offices.values().forEach(PeriodRankings::publish);
    teams.values().forEach(PeriodRankings::publish);
  }

  private void namesChanged() {
    namesVersion++; // one writer at a time (the board's lock), so no lost update
  }

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
    Person before = people.get(e.employeeId());
    if (now.equals(before)) {
      // Kept as it is: a new object in the long-lived map for every share would be one more reference
      // from old objects to young ones for each young collection to scan.
      return before;
    }
    people.put(e.employeeId(), now);
    namesChanged();
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

  /** Turns the week or month over if {@code now} is past its end; lock-free when it is not. */
  private void rollIfDue(long now) {
    if (now >= nextWeekStart || now >= nextMonthStart) {
      synchronized (this) {
        roll(now);
      }
    }
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
