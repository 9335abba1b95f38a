package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.Pools;
import io.chorus.server.points.LedgerEvent;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The follower against the real PostgreSQL, with no event bus at all: everything it applies it read
 * itself, which is what a node cut off from the bus does. Transactions held open on JDBC connections
 * take numbers and commit (or roll back) later, as concurrent writers do.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Following the ledger's sequence from PostgreSQL")
class LedgerFollowerTest {
  private DatabaseTarget db;
  private Sql sql;
  private Pool pool;
  private long company;
  private long ada;
  private final List<Long> applied = new CopyOnWriteArrayList<>();
  private LedgerFollower follower;

  @BeforeEach
  void setUp(Vertx vertx) {
    db = TestDatabases.fresh("follower");
    sql = new Sql(db);
    company = sql.number("INSERT INTO company (slug, name, time_zone) VALUES ('f', 'Follow Ltd', 'Europe/Riga') RETURNING id");
    ada = sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, 'ada@f.example', 'Ada', 'employee', 'x') RETURNING id", company);
    pool = Pools.create(vertx, db, ServerConfig.from(Map.of()));
    follower = new LedgerFollower(vertx, new FollowStore(pool), item -> {
      applied.add(item.seq());
      return Future.succeededFuture();
    }, released -> { });
  }

  @AfterEach
  void tearDown() {
    follower.stop();
    TestNode.await(pool.close());
    sql.close();
    TestDatabases.drop(db);
  }

  private long append(Connection c) throws Exception {
    PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_entry (company_id, employee_id, kind, points) "
        + "VALUES (?, ?, 'share', 10) RETURNING seq");
    insert.setLong(1, company);
    insert.setLong(2, ada);
    try (ResultSet rs = insert.executeQuery()) {
      rs.next();
      return rs.getLong("seq");
    }
  }

  private void awaitChecks(int more) {
    long target = follower.checksDone() + more;
    assertTrue(Waits.until(() -> follower.checksDone() >= target, Duration.ofSeconds(10)), more + " more checks");
  }

  @Test
  @DisplayName("A number still in flight holds the watermark below it, is never skipped, and is applied once it commits")
  void waitsForANumberInFlight() throws Exception {
    try (Connection slow = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
         Connection fast = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      slow.setAutoCommit(false);
      long early = append(slow);
      long late = append(fast);
      follower.start(early - 1);

      assertTrue(Waits.until(() -> applied.contains(late), Duration.ofSeconds(5)), "the committed one is read");
      // Several checks, each past the settling time, while the earlier transaction still runs.
      awaitChecks(3);
      assertEquals(early - 1, follower.applied(), "the watermark waits below the number in flight");
      assertEquals(List.of(late), applied);

      slow.commit();
      assertTrue(Waits.until(() -> follower.applied() == late, Duration.ofSeconds(5)), "it moves once it commits");
      assertEquals(List.of(late, early), applied, "each applied once");
      assertEquals(0, follower.lag());
    }
  }

  @Test
  @DisplayName("A number whose transaction rolled back is given up once that transaction has ended")
  void givesUpARolledBackNumber() throws Exception {
    try (Connection slow = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
         Connection fast = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      slow.setAutoCommit(false);
      long lost = append(slow);
      long kept = append(fast);
      follower.start(lost - 1);
      assertTrue(Waits.until(() -> applied.contains(kept), Duration.ofSeconds(5)));
      slow.rollback();

      assertTrue(Waits.until(() -> follower.applied() == kept, Duration.ofSeconds(5)),
          "the watermark passes the rolled-back number");
      assertEquals(List.of(kept), applied);
      assertEquals(0, follower.lag());
    }
  }

  @Test
  @DisplayName("What the bus brings twice, or brings after PostgreSQL did, is applied once")
  void duplicatesAreIgnored() throws Exception {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      long first = append(c);
      long second = append(c);
      follower.start(first - 1);
      LedgerEvent heard = new LedgerEvent(second, 0, company, ada, 10, 0, "Ada", null, null, null, null);
      TestNode.await(follower.accept(new Followed.Entry(heard)));
      TestNode.await(follower.accept(new Followed.Entry(heard)));
      assertEquals(first - 1, follower.applied(), "a hole below what the bus brought");

      assertTrue(Waits.until(() -> follower.applied() == second, Duration.ofSeconds(5)), "the hole is read");
      TestNode.await(follower.accept(new Followed.Entry(heard)));
      assertEquals(List.of(second, first), applied);
    }
  }
}
