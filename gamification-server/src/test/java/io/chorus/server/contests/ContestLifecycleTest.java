package io.chorus.server.contests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes on one database, each running the contests' clock (and, here, extra passes fired at both
 * at once): every contest goes live, ends and turns final on time, each step once, one draw, one badge.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The contest lifecycle on two nodes of one database: each step on time and once, one draw, each winner's badge once")
class ContestLifecycleTest {
  private static TestNode first;
  private static TestNode second;
  private static Vertx secondVertx;
  private static ContestWorld world;
  private static Seed seed;

  @BeforeAll
  static void start(Vertx vertx) {
    first = TestNode.start(vertx, "contest_lifecycle");
    secondVertx = Vertx.vertx();
    second = TestNode.join(secondVertx, first);
    world = new ContestWorld(first);
    seed = new Seed(first);
  }

  @AfterAll
  static void stop() {
    second.close();
    TestNode.await(secondVertx.close());
    first.close();
  }

  /** Scheduled contests whose window the test moves to start in two seconds and end {@code endsIn} later. */
  private static List<Long> scheduledSoon(int count, JsonObject settings, Duration endsIn) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      JsonObject draft = ContestWorld.draft(ContestWorld.freshTag())
          .put("starts", ContestWorld.local(Instant.now().plus(Duration.ofHours(2))))
          .put("ends", ContestWorld.local(Instant.now().plus(Duration.ofHours(3))));
      settings.forEach(e -> draft.put(e.getKey(), e.getValue()));
      long id = world.created(draft);
      assertEquals(200, world.post(id, "schedule").status());
      ids.add(id);
    }
    String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    first.sql.update("UPDATE contest SET starts_at = now() + interval '2 seconds', ends_at = now() + make_interval(secs => ?) "
        + "WHERE id IN (" + list + ")", (double) endsIn.toMillis() / 1000);
    return ids;
  }

  private static String status(long id) {
    return first.sql.text("SELECT status FROM contest WHERE id = ?", id);
  }

  /** Both nodes' clocks at once, on top of their own timers: the claims must still let one act. */
  private static void tickBoth() {
    first.node.services().contests().tick();
    second.node.services().contests().tick();
  }

  @Test
  @DisplayName("Four contests with entries through both nodes: live, ended and final on time (within 2 s, ticking every 0.5 s), each step recorded once")
  void eachStepOnceOnTime() throws Exception {
    List<Long> ids = scheduledSoon(4, new JsonObject().put("graceHours", 0).put("drawWinners", 2).put("prizeTopN", 1),
        // Room for twelve entries on a busy machine before the end.
        Duration.ofSeconds(15));
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      people.add(first.signIn(seed.employee("Life Person" + i)));
    }

    assertTrue(Waits.until(() -> {
      tickBoth();
      return ids.stream().allMatch(id -> "live".equals(status(id)));
    }, Duration.ofSeconds(10)), "live on time");
    for (long id : ids) {
      String tag = first.sql.text("SELECT hashtag FROM contest WHERE id = ?", id);
      for (int p = 0; p < people.size(); p++) {
        // Alternate nodes: entries land through both.
        TestNode via = p % 2 == 0 ? first : second;
        Api.Reply r = via.api.postJson("/api/contest-entries", people.get(p), new JsonObject().put("network", "x")
            .put("text", "Entry " + p + " #" + tag).encode(), "Idempotency-Key", Api.newKey());
        assertEquals(201, r.status(), r.text());
      }
    }
    assertTrue(Waits.until(() -> {
      tickBoth();
      return ids.stream().allMatch(id -> "final".equals(status(id)));
    }, Duration.ofSeconds(25)), "final on time");

    for (long id : ids) {
      assertEquals("ended=1 final=1 live=1 scheduled=1", first.sql.text(
          "SELECT string_agg(status || '=' || n, ' ' ORDER BY status) FROM (SELECT status, count(*) AS n "
              + "FROM contest_step WHERE contest_id = ? GROUP BY status) s", id), "each step taken once");
      double late = Double.parseDouble(first.sql.text("SELECT greatest(extract(epoch FROM launched_at - starts_at), "
          + "extract(epoch FROM ended_at - ends_at), extract(epoch FROM finalized_at - ends_at))::text "
          + "FROM contest WHERE id = ?", id));
      // The clock ticks every 0.5 s; 2 s leaves room for a loaded machine's slow event loops.
      assertTrue(late < 2, "each step within 2 s of its time, was " + late + " s");
      assertEquals(2, first.sql.number("SELECT count(*) FROM contest_winner WHERE contest_id = ? AND reason = 'draw'", id));
      assertEquals(1, first.sql.number("SELECT count(*) FROM contest_winner WHERE contest_id = ? AND reason = 'top'", id));
      assertEquals(3, first.sql.number("SELECT count(*) FROM contest_entrant WHERE contest_id = ?", id));
      JsonObject fromFirst = first.api.get("/api/contests/" + id + "/results", people.get(0)).json();
      JsonObject fromSecond = second.api.get("/api/contests/" + id + "/results", people.get(1)).json();
      assertEquals(fromFirst, fromSecond);
      assertEquals("final", fromFirst.getString("status"));
      assertTrue(fromFirst.getString("seed").matches("[0-9a-f]{64}"));
    }
    long winners = first.sql.number("SELECT count(DISTINCT employee_id) FROM contest_winner WHERE contest_id = ANY(?)",
        (Object) ids.toArray(new Long[0]));
    assertEquals(winners, first.sql.number("SELECT count(*) FROM badge_award WHERE badge = 'contest-winner' "
        + "AND employee_id IN (SELECT employee_id FROM contest_winner WHERE contest_id = ANY(?))",
        (Object) ids.toArray(new Long[0])), "each winner holds the badge once, however many contests they won");
  }

  @Test
  @DisplayName("A draw for more winners than entrants draws them all and says so")
  void drawsEveryone() throws Exception {
    List<Long> ids = scheduledSoon(1, new JsonObject().put("graceHours", 0).put("drawWinners", 5), Duration.ofSeconds(8));
    long id = ids.get(0);
    String tag = first.sql.text("SELECT hashtag FROM contest WHERE id = ?", id);
    List<String> people = List.of(first.signIn(seed.employee("All One")), first.signIn(seed.employee("All Two")));
    assertTrue(Waits.until(() -> "live".equals(status(id)), Duration.ofSeconds(10)));
    for (String p : people) {
      assertEquals(201, world.ownPost(p, "In #" + tag).status());
    }
    assertTrue(Waits.until(() -> "final".equals(status(id)), Duration.ofSeconds(20)));

    JsonObject results = first.api.get("/api/contests/" + id + "/results", people.get(0)).json();

    assertTrue(results.getBoolean("drewAll"), results.encode());
    assertEquals(2, results.getInteger("entrants"));
    assertEquals(2, results.getJsonArray("winners").size());
  }
}
