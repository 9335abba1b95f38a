package io.chorus.server.contests;

import io.chorus.server.leaderboard.LeaderboardIndex;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.List;

/**
 * The contests feature, wired once per node: the store of the liaison's writes, the reads, own posts,
 * the board publisher and the lifecycle job. Routes ({@link ContestRoutes}) are made from it per
 * HTTP server; the suggestions ask it for the live hashtags an employee may enter.
 */
public final class Contests {
  final ContestStore store;
  final ContestReads reads;
  final OwnPosts ownPosts;
  final ContestBoards boards;
  final LeaderboardIndex leaderboard;
  private final ContestLifecycle lifecycle;
  /** This node as the contest steps it takes are recorded (contest_step.node): a random id per start. */
  final String node = java.util.UUID.randomUUID().toString();

  public Contests(Vertx vertx, Pool pool, LeaderboardIndex leaderboard) {
    this.store = new ContestStore(pool, node);
    this.reads = new ContestReads(pool);
    this.ownPosts = new OwnPosts(pool);
    this.boards = new ContestBoards(vertx, reads);
    this.leaderboard = leaderboard;
    this.lifecycle = new ContestLifecycle(vertx, pool, leaderboard, boards, node);
  }

  /** Starts publishing boards and the lifecycle job (every node runs it; the database decides who acts). */
  public Future<Void> start() {
    return boards.start().onSuccess(v -> lifecycle.start());
  }

  public Future<Void> stop() {
    return Future.join(lifecycle.stop(), boards.stop()).mapEmpty();
  }

  /** One pass of the lifecycle job now (tests; the job runs it every half second anyway). */
  public Future<Void> tick() {
    return lifecycle.tick();
  }

  /** The hashtags (without '#') of live contests the employee may enter with a share. */
  public Future<List<String>> liveTags(long companyId, long employeeId) {
    return reads.liveTags(companyId, employeeId);
  }
}
