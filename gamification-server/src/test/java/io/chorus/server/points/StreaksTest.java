package io.chorus.server.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.Pools;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import io.chorus.server.support.TestNode;
import io.chorus.shared.wire.Streak;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Streaks counted on the real PostgreSQL, in the company's zone (Europe/Riga: UTC+2 in winter, +3 in
 * summer), around the calendar's awkward places.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A streak is consecutive ISO weeks with a share, in the company's time zone")
class StreaksTest {
  private static final ZoneId RIGA = ZoneId.of("Europe/Riga");
  private static DatabaseTarget db;
  private static Sql sql;
  private static Vertx vertx;
  private static Pool pool;
  private static long company;
  private static long item;
  private long employee;

  @BeforeAll
  static void start() throws Exception {
    db = TestDatabases.fresh("streaks");
    sql = new Sql(db);
    company = sql.number("INSERT INTO company (slug, name, time_zone) VALUES ('s', 'Streak Ltd', 'Europe/Riga') RETURNING id");
    item = sql.number("INSERT INTO content (company_id, title, url, status) VALUES (?, 'News', 'https://s.example/n', "
        + "'approved') RETURNING id", company);
    vertx = Vertx.vertx();
    pool = Pools.create(vertx, db, ServerConfig.from(Map.of()));
  }

  @AfterAll
  static void stop() {
    TestNode.await(pool.close());
    TestNode.await(vertx.close());
    sql.close();
    TestDatabases.drop(db);
  }

  @BeforeEach
  void newEmployee() {
    employee = sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, gen_random_uuid() || '@s.example', 'Sam', 'employee', 'x') RETURNING id", company);
  }

  /** A share posted at this Riga wall-clock time (each on its own item-network pair: a new item per share). */
  private void sharedAt(String localDateTime) throws Exception {
    Instant at = LocalDateTime.parse(localDateTime).atZone(RIGA).toInstant();
    long content = sql.number("INSERT INTO content (company_id, title, url, status) VALUES (?, 'Item', "
        + "'https://s.example/' || gen_random_uuid(), 'approved') RETURNING id", company);
    sql.update("INSERT INTO share (company_id, employee_id, content_id, network, points, shared_at, posted_at) "
        + "VALUES (?, ?, ?, 'linkedin', 10, now(), ?)", company, employee, content, Timestamp.from(at));
  }

  private Streak streakAt(String localDateTime) {
    Instant now = LocalDateTime.parse(localDateTime).atZone(RIGA).toInstant();
    return TestNode.await(Streaks.current(pool, employee, now));
  }

  @Test
  @DisplayName("No shares: no streak")
  void none() {
    assertEquals(new Streak(0, false), streakAt("2026-11-23T12:00"));
  }

  @Test
  @DisplayName("Three weeks in a row, this week included")
  void threeWeeks() throws Exception {
    sharedAt("2026-11-09T10:00");
    sharedAt("2026-11-17T10:00");
    sharedAt("2026-11-23T09:00");
    sharedAt("2026-11-24T09:00");
    assertEquals(new Streak(3, true), streakAt("2026-11-25T12:00"));
  }

  @Test
  @DisplayName("A streak up to last week is still alive this week; a missed week breaks it")
  void aliveUntilSunday() throws Exception {
    sharedAt("2026-10-26T10:00");
    sharedAt("2026-11-09T10:00");
    sharedAt("2026-11-16T10:00");
    assertEquals(new Streak(2, false), streakAt("2026-11-23T12:00"));
    assertEquals(new Streak(0, false), streakAt("2026-11-30T12:00"), "a whole week without a share ends it");
  }

  @Test
  @DisplayName("Weeks turn at Monday 00:00 Riga time, also on either side of the daylight-saving switch")
  void daylightSaving() throws Exception {
    // Summer time began Sunday 29 March 2026, 03:00 → 04:00. 00:30 on Monday 30 March is still Sunday in UTC.
    sharedAt("2026-03-22T23:30");
    sharedAt("2026-03-29T23:59");
    sharedAt("2026-03-30T00:30");
    assertEquals(new Streak(3, true), streakAt("2026-03-30T12:00"));
    // Winter time began Sunday 25 October 2026, 04:00 → 03:00: Monday 00:10 local is 22:10 UTC on Sunday.
    newEmployee();
    sharedAt("2026-10-25T12:00");
    sharedAt("2026-10-26T00:10");
    assertEquals(new Streak(2, true), streakAt("2026-10-27T12:00"));
  }

  @Test
  @DisplayName("Across the year boundary: week 52, week 53 of 2026 and week 1 of 2027 make three")
  void weekFiftyThree() throws Exception {
    // 2026 has 53 ISO weeks: week 53 is Monday 28 December 2026 to Sunday 3 January 2027.
    sharedAt("2026-12-22T10:00");
    sharedAt("2027-01-02T10:00");
    sharedAt("2027-01-04T10:00");
    assertEquals(new Streak(3, true), streakAt("2027-01-05T12:00"));
  }

  @Test
  @DisplayName("A late report counts for the week it was posted in, not the week it arrived")
  void lateReport() throws Exception {
    sharedAt("2026-11-09T10:00");
    assertEquals(new Streak(0, false), streakAt("2026-11-23T12:00"), "the week of 16 November has no share yet");
    // Posted on Sunday 22 November at 23:50, reported (and so inserted) on Monday: posted_at keeps Sunday.
    sharedAt("2026-11-22T23:50");
    assertEquals(new Streak(2, false), streakAt("2026-11-23T12:00"));
  }

  @Test
  @DisplayName("A voided share does not hold a streak up")
  void voided() throws Exception {
    sharedAt("2026-11-16T10:00");
    sharedAt("2026-11-23T10:00");
    sql.update("UPDATE share SET voided_at = now(), void_reason = 'test' WHERE employee_id = ? AND posted_at < ?",
        employee, Timestamp.from(LocalDateTime.parse("2026-11-20T00:00").atZone(RIGA).toInstant()));
    assertEquals(new Streak(1, true), streakAt("2026-11-24T12:00"));
  }

  @Test
  @DisplayName("Counting from Mondays: a gap anywhere stops the count")
  void pureCount() {
    LocalDate monday = LocalDate.parse("2026-11-23");
    assertEquals(new Streak(2, true), Streaks.of(List.of(monday, monday.minusWeeks(1), monday.minusWeeks(3)), monday));
  }
}
