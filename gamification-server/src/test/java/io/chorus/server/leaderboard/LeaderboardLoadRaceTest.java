package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.Pools;
import io.chorus.server.points.LedgerEvent;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import io.chorus.server.support.TestNode;
import io.chorus.shared.wire.Period;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("A board loaded while shares are committing counts each of them exactly once")
class LeaderboardLoadRaceTest {
  private DatabaseTarget db;
  private Sql sql;
  private Pool pool;
  private long company;
  private long ada;
  private long bob;

  @BeforeEach
  void setUp(Vertx vertx) throws Exception {
    db = TestDatabases.fresh("load_race");
    sql = new Sql(db);
    company = sql.number("INSERT INTO company (slug, name, time_zone) VALUES ('r', 'Race Ltd', 'Europe/Riga') RETURNING id");
    ada = sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, 'ada@r.example', 'Ada', 'employee', 'x') RETURNING id", company);
    bob = sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, 'bob@r.example', 'Bob', 'employee', 'x') RETURNING id", company);
    pool = Pools.create(vertx, db, ServerConfig.from(Map.of()));
  }

  @AfterEach
  void tearDown() {
    TestNode.await(pool.close());
    sql.close();
    TestDatabases.drop(db);
  }

  /** Appends a ledger entry on a connection and returns its event (not yet committed if autocommit is off). */
  private LedgerEvent append(Connection c, long employee, int points) throws Exception {
    PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_entry (company_id, employee_id, kind, points) "
        + "VALUES (?, ?, 'share', ?) RETURNING seq, pg_current_xact_id()::text::bigint AS xid, created_at");
    insert.setLong(1, company);
    insert.setLong(2, employee);
    insert.setInt(3, points);
    try (ResultSet rs = insert.executeQuery()) {
      rs.next();
      return new LedgerEvent(rs.getLong("seq"), rs.getLong("xid"), company, employee, points,
          rs.getTimestamp("created_at").getTime(), employee == ada ? "Ada" : "Bob", null, null, null, null);
    }
  }

  @Test
  @DisplayName("An earlier sequence committed after the load is applied; a later one the load saw is not counted twice")
  void countsOutOfOrderCommitsOnce(Vertx vertx) throws Exception {
    LeaderboardIndex index = new LeaderboardIndex(vertx, pool, Clock.systemUTC());
    try (Connection slow = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
         Connection fast = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      slow.setAutoCommit(false);
      LedgerEvent early = append(slow, ada, 10);   // takes the lower sequence number, commits last
      LedgerEvent late = append(fast, bob, 7);     // autocommit: visible to the load below
      assertTrue(early.seq() < late.seq());

      long loadedAda = TestNode.await(index.standing(company, ada)).allTimePoints();
      slow.commit();
      TestNode.await(index.apply(early));
      TestNode.await(index.apply(late));
      TestNode.await(index.apply(early));

      assertEquals(0, loadedAda, "the load could not see the uncommitted entry");
      assertEquals(10, TestNode.await(index.standing(company, ada)).allTimePoints());
      assertEquals(7, TestNode.await(index.standing(company, bob)).allTimePoints(), "not 14");
      var board = TestNode.await(index.top(company, Period.ALL_TIME, 10));
      assertEquals(sql.number("SELECT sum(points) FROM ledger_entry"),
          board.rows().stream().mapToLong(r -> r.points()).sum(), "the board equals the ledger");
    }
  }

  @Test
  @DisplayName("The load's snapshot judges visibility as PostgreSQL does")
  void snapshotVisibility() {
    LoadSnapshot s = LoadSnapshot.parse("100:110:103,107");
    assertTrue(s.sees(99));
    assertTrue(s.sees(104));
    assertFalse(s.sees(103));
    assertFalse(s.sees(110));
    assertTrue(LoadSnapshot.parse("50:50:").sees(49));
  }
}
