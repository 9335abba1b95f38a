package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.db.DatabaseTarget;
import io.chorus.server.db.Pools;
import io.chorus.server.points.Activity;
import io.chorus.server.points.LedgerEvent;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import io.chorus.server.support.TestNode;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.Period;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the live streams hear of one commit. A stream flush sends the board with the follower's watermark
 * as its id; the writer holds its announcements back until all of its commit is counted, so that id is
 * the commit's last number. The node's own copies on the event bus are handled on another event loop,
 * at any moment: here that loop is made to handle each copy before the writer goes on (the writer waits
 * in an outbound interceptor, on the test's thread, until the loop has run it), which is the order that
 * made StreamPatchesTest lose its last board now and then.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("What the streams hear of a commit")
class CommitAnnouncementTest {
  /** The node's own copies of a commit: handled by the bus consumers before the writer goes on. */
  private static final Set<String> COPIES = Set.of(LedgerEvent.ADDRESS, LeaderboardIndex.BADGE_AWARDED,
      LeaderboardIndex.KUDOS_GIVEN, LeaderboardIndex.LEDGER_SKIPPED);

  private DatabaseTarget db;
  private Sql sql;
  private Pool pool;
  private long company;
  private long ada;
  private LeaderboardIndex index;
  private Context busLoop;
  private Thread writer;
  /** The watermark each time the streams were told of a change, as it was when they were told. */
  private final List<Long> announcedAt = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp(Vertx vertx) {
    db = TestDatabases.fresh("commit_announce");
    sql = new Sql(db);
    company = sql.number("INSERT INTO company (slug, name, time_zone) VALUES ('c', 'Commit Ltd', 'Europe/Riga') RETURNING id");
    ada = sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, 'ada@c.example', 'Ada', 'employee', 'x') RETURNING id", company);
    pool = Pools.create(vertx, db, ServerConfig.from(Map.of()));
    index = new LeaderboardIndex(vertx, pool, Clock.systemUTC());
    // The index's bus consumers run on the loop that starts listening.
    busLoop = vertx.getOrCreateContext();
    Promise<Void> listening = Promise.promise();
    busLoop.runOnContext(v -> index.listen().onComplete(listening));
    TestNode.await(listening.future());
    TestNode.await(index.top(company, Period.ALL_TIME, 10)); // the board is loaded: the commit applies to it
    writer = Thread.currentThread();
    vertx.eventBus().addOutboundInterceptor(this::intercept);
  }

  @AfterEach
  void tearDown() {
    index.stopFollowing();
    TestNode.await(pool.close());
    sql.close();
    TestDatabases.drop(db);
  }

  private <T> void intercept(DeliveryContext<T> dc) {
    String address = dc.message().address();
    if (address.equals(LeaderboardIndex.CHANGED)) {
      announcedAt.add(index.appliedSeq());
      dc.next();
    } else if (Thread.currentThread() == writer && COPIES.contains(address)) {
      dc.next();
      // The bus loop runs its tasks in order: once this one runs, it has handled the copy.
      CountDownLatch handled = new CountDownLatch(1);
      busLoop.runOnContext(v -> handled.countDown());
      awaitLatch(handled);
    } else {
      dc.next();
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      assertTrue(latch.await(5, TimeUnit.SECONDS), "the bus loop handled the copy");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * A number from the ledger's sequence, as a writer's insert takes it. No row is written: the follower's own
   * check (every second) would otherwise read it and apply it first, a third way in that this test is not about.
   */
  private long nextSeq() {
    return sql.number("SELECT nextval('ledger_entry_seq_seq')");
  }

  /** An entry of a transaction after the board's load (the load's snapshot does not see its id, so it counts). */
  private LedgerEvent entry(long points, String title) {
    long xid = sql.number("SELECT pg_current_xact_id()::text::bigint");
    return new LedgerEvent(nextSeq(), xid, company, ada, points, System.currentTimeMillis(), "Ada", null, null, title, null);
  }

  @Test
  @DisplayName("A share with a bonus, a badge and a contest entry is announced once, as of its last number, "
      + "even when the node's own bus copies are handled before the writer is through")
  void announcedOnceAsOfTheLastNumber() {
    LedgerEvent share = entry(10, "Our new robot arm");
    LedgerEvent bonus = entry(5, null);
    long badgeSeq = nextSeq();
    long contestSeq = nextSeq(); // a contest entry: the company's boards skip it
    Activity commit = Activity.of(company);
    commit.entries().addAll(List.of(share, bonus));
    commit.badges().add(new BadgeEvent(ada, "Ada", "first-share", System.currentTimeMillis(), badgeSeq));
    commit.contestSeqs().add(contestSeq);

    TestNode.await(index.committed(commit));

    assertEquals(contestSeq, index.appliedSeq(), "the whole commit is counted");
    assertEquals(List.of(contestSeq), announcedAt,
        "one announcement, made when the watermark had reached the commit's last number (a flush reads it as the "
            + "board's id): an earlier one sends the board as of a number inside the commit, and the announcement "
            + "at the end then finds that board sent already and sends nothing as of the last number");
    assertEquals(15, TestNode.await(index.standing(company, ada)).allTimePoints(), "the board counts both entries");
  }
}
