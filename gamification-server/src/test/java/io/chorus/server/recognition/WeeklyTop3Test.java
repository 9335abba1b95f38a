package io.chorus.server.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.Pools;
import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import io.chorus.server.support.TestNode;
import io.chorus.shared.wire.BadgeEvent;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The weekly top 3 on the real PostgreSQL, run as of Wednesday 28 October 2026, 10:00 UTC. Riga's last
 * week (19–25 October) ends with the switch to winter time: it runs from Sunday 18 October 21:00 UTC
 * (+3) to Sunday 25 October 22:00 UTC (+2). Los Angeles is still on summer time (−7) that week.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Weekly top 3: each company's best of its last completed week, in its own zone, get the badge once")
class WeeklyTop3Test {
  private static final Instant NOW = Instant.parse("2026-10-28T10:00:00Z");
  private static DatabaseTarget db;
  private static Sql sql;
  private static Vertx vertx;
  private static Pool pool;
  private static WeeklyTop3 job;

  @BeforeAll
  static void start() {
    db = TestDatabases.fresh("weekly_top3");
    sql = new Sql(db);
    vertx = Vertx.vertx();
    pool = Pools.create(vertx, db, ServerConfig.from(Map.of()));
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    job = new WeeklyTop3(vertx, pool, new LeaderboardIndex(vertx, pool, clock), clock);
  }

  @AfterAll
  static void stop() {
    TestNode.await(pool.close());
    TestNode.await(vertx.close());
    sql.close();
    TestDatabases.drop(db);
  }

  private static long company(String slug, String zone) {
    return sql.number("INSERT INTO company (slug, name, time_zone) VALUES (?, ?, ?) RETURNING id", slug, slug, zone);
  }

  private static long person(long company, String name) {
    return sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, ? || '@' || ?, ?, 'employee', 'x') RETURNING id", company, name, company, name);
  }

  private static long points(long company, long employee, int points, String at) {
    return sql.number("INSERT INTO ledger_entry (company_id, employee_id, kind, points, created_at) "
        + "VALUES (?, ?, 'share', ?, ?) RETURNING seq", company, employee, points, Timestamp.from(Instant.parse(at)));
  }

  private static Set<String> holders() {
    List<String> names = List.of(sql.text("SELECT string_agg(e.display_name, ',' ORDER BY e.display_name) "
        + "FROM badge_award b JOIN employee e ON e.id = b.employee_id WHERE b.badge = 'weekly-top-3'").split(","));
    return new HashSet<>(names);
  }

  @Test
  @DisplayName("The 3 best of the week (ties to who got there first) get the badge; the 4th, other weeks and net zero don't; a second run awards nothing")
  void bestThreeOfTheLastCompletedWeek() throws Exception {
    long riga = company("riga", "Europe/Riga");
    long ann = person(riga, "ann");
    long ben = person(riga, "ben");
    long cat = person(riga, "cat");
    long dan = person(riga, "dan");
    long eve = person(riga, "eve");
    long fay = person(riga, "fay");
    long gus = person(riga, "gus");
    points(riga, ann, 30, "2026-10-20T09:00:00Z");
    points(riga, ann, 20, "2026-10-22T09:00:00Z");
    long bens = points(riga, ben, 40, "2026-10-21T09:00:00Z");
    sql.update("INSERT INTO ledger_entry (company_id, employee_id, kind, points, reverses, reason, created_at) "
        + "VALUES (?, ?, 'reversal', -40, ?, 'voided', '2026-10-23T09:00:00Z')", riga, ben, bens);
    points(riga, cat, 30, "2026-10-23T09:00:00Z");
    points(riga, dan, 30, "2026-10-24T09:00:00Z");
    // Monday 00:30 in Riga, this week (but still last week in UTC).
    points(riga, eve, 100, "2026-10-25T22:30:00Z");
    // Sunday 23:30 in Riga, after the switch to winter time: still last week (a fixed +3 would have ended it at 21:00).
    points(riga, fay, 60, "2026-10-25T21:30:00Z");
    // Sunday 18 October 23:30 in Riga: the week before.
    points(riga, gus, 45, "2026-10-18T20:30:00Z");
    long pacific = company("pacific", "America/Los_Angeles");
    // Sunday 25 October 23:30 in Los Angeles (UTC−7): last week there; and Sunday 18 October 23:00: the week before.
    points(pacific, person(pacific, "hal"), 10, "2026-10-26T06:30:00Z");
    points(pacific, person(pacific, "ivy"), 20, "2026-10-19T06:00:00Z");

    List<BadgeEvent> first = TestNode.await(job.runOnce(NOW));

    assertEquals(Set.of("fay", "ann", "cat", "hal"), holders());
    assertEquals(List.of("fay", "ann", "cat", "hal"), first.stream().map(BadgeEvent::employeeName).toList(),
        "events in rank order, company by company");
    assertTrue(first.stream().allMatch(e -> e.badgeId().equals("weekly-top-3")));
    assertEquals("Top 3 in the week of 2026-10-19", sql.text("SELECT note FROM badge_award WHERE employee_id = ? "
        + "AND awarded_by IS NULL", fay));
    long awards = sql.number("SELECT count(*) FROM badge_award");

    List<BadgeEvent> second = TestNode.await(job.runOnce(NOW.plusSeconds(3600)));

    assertEquals(List.of(), second, "nothing new");
    assertEquals(awards, sql.number("SELECT count(*) FROM badge_award"));
    assertNull(sql.text("SELECT badge FROM badge_award WHERE employee_id IN (?, ?, ?, ?)", ben, dan, eve, gus));
  }

  @Test
  @DisplayName("Every node runs the job at start: the demo company's top 3 of last week are announced once")
  void nodeRunsTheJobAtStart() throws Exception {
    Vertx nodeVertx = Vertx.vertx();
    BlockingQueue<JsonObject> heard = new LinkedBlockingQueue<>();
    MessageConsumer<JsonObject> consumer = nodeVertx.eventBus().consumer(LeaderboardIndex.BADGE_AWARDED,
        msg -> heard.add(msg.body()));
    TestNode.await(consumer.completion());
    try (TestNode node = TestNode.start(nodeVertx, "weekly_top3_node")) {
      String monday = "date_trunc('week', now() AT TIME ZONE 'Europe/Riga')";
      String lastWeek = "l.created_at >= (" + monday + " - interval '1 week') AT TIME ZONE 'Europe/Riga' "
          + "AND l.created_at < " + monday + " AT TIME ZONE 'Europe/Riga'";
      String expected = node.sql.text("SELECT string_agg(name, ',' ORDER BY name) FROM (SELECT e.display_name AS name "
          + "FROM ledger_entry l JOIN employee e ON e.id = l.employee_id WHERE " + lastWeek + " GROUP BY e.display_name "
          + "HAVING sum(l.points) > 0 ORDER BY sum(l.points) DESC, max(l.seq) LIMIT 3) top");
      Set<String> want = Set.of(expected.split(","));

      Set<String> announced = new HashSet<>();
      while (!announced.containsAll(want)) {
        JsonObject e = heard.poll(10, TimeUnit.SECONDS);
        assertTrue(e != null, "announced so far: " + announced + ", expected " + want);
        if ("weekly-top-3".equals(e.getJsonObject("badge").getString("badgeId"))) {
          announced.add(e.getJsonObject("badge").getString("employeeName"));
        }
      }
      assertEquals(want, announced);
      assertEquals(want, Set.of(node.sql.text("SELECT string_agg(e.display_name, ',') FROM badge_award b "
          + "JOIN employee e ON e.id = b.employee_id WHERE b.badge = 'weekly-top-3'").split(",")));
    } finally {
      TestNode.await(nodeVertx.close());
    }
  }
}
