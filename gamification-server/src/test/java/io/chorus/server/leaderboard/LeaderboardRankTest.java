package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.points.Ledger;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("My rank: exact for anyone, however far down, and after a reversal")
class LeaderboardRankTest {
  private static BoardWorld world;

  @BeforeAll
  static void start(Vertx vertx) {
    world = BoardWorld.start(vertx, "board_rank", Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @Test
  @DisplayName("With 2,000 people ranked, the last one's /api/me says rank 2,000, and the top 10 is the ledger's")
  void rankOfSomeoneFarDown() {
    long c = world.company("Crowd Ltd", "UTC");
    long office = world.office(c, "Everyone");
    // Person i earns i points, so the first one made is the last one ranked.
    world.sql.number("""
        WITH people AS (
          INSERT INTO employee (company_id, office_id, email, display_name, role, password_hash)
          SELECT ?, ?, 'crowd' || i || '@example.com', 'Person ' || i, 'employee', 'x' FROM generate_series(1, 2000) i
          RETURNING id, display_name)
        SELECT count(*) FROM people
        """, c, office);
    world.sql.number("""
        WITH entries AS (
          INSERT INTO ledger_entry (company_id, employee_id, kind, points)
          SELECT company_id, id, 'share', substring(display_name FROM 8)::int
            FROM employee WHERE company_id = ? ORDER BY id
          RETURNING 1)
        SELECT count(*) FROM entries
        """, c);
    long last = world.sql.number("SELECT id FROM employee WHERE company_id = ? AND display_name = 'Person 1'", c);
    long mid = world.sql.number("SELECT id FROM employee WHERE company_id = ? AND display_name = 'Person 1000'", c);

    JsonObject me = world.api.get("/api/me", world.employeeToken(last, c)).json();
    assertEquals(2000, me.getJsonObject("standing").getInteger("allTimeRank"));
    assertEquals(2000, me.getJsonObject("standing").getInteger("weekRank"));
    assertEquals(1, me.getJsonObject("standing").getLong("allTimePoints"));
    assertEquals(2000, me.getJsonObject("officeStanding").getInteger("monthRank"));
    assertEquals(1001, world.api.get("/api/me", world.employeeToken(mid, c)).json()
        .getJsonObject("standing").getInteger("allTimeRank"));

    JsonArray top = world.api.get("/api/leaderboard?period=all&limit=10", world.screenToken(c)).json()
        .getJsonArray("rows");
    List<String> expected = new ArrayList<>();
    for (int i = 2000; i > 1990; i--) {
      expected.add("Person " + i);
    }
    assertEquals(expected, top.stream().map(r -> ((JsonObject) r).getString("name")).toList());
  }

  @Test
  @DisplayName("A reversal entry lowers the score and the rank at once, and the board still equals the ledger")
  void reversalLowersScoreAndRank() {
    long c = world.company("Reversal Ltd", "UTC");
    long liaison = world.employee(c, "Liaison", null, null);
    long ada = world.employee(c, "Ada", null, null);
    long ben = world.employee(c, "Ben", null, null);
    String screen = world.screenToken(c);
    world.append(new Ledger.Entry(c, ada, "share", 10, null, null, null, null, null, null, null, null, 0));
    long wrong = world.sql.number("SELECT max(seq) FROM ledger_entry WHERE employee_id = ?", ada);
    world.append(new Ledger.Entry(c, ben, "share", 15, null, null, null, null, null, null, null, null, 0));
    world.append(new Ledger.Entry(c, ada, "share", 10, null, null, null, null, null, null, null, null, 0));
    assertEquals(Map.of("Ada", 20L, "Ben", 15L), BoardWorld.points(
        world.api.get("/api/leaderboard?period=week", screen).json()));

    world.append(Ledger.Entry.reversal(c, ada, 10, null, wrong, "Not an approved item", liaison));

    for (String period : List.of("week", "month", "all")) {
      JsonObject board = world.api.get("/api/leaderboard?period=" + period, screen).json();
      assertEquals(List.of("Ben", "Ada"), List.copyOf(BoardWorld.points(board).keySet()), period);
      assertEquals(10, BoardWorld.points(board).get("Ada"), period);
      assertEquals(world.sql.number("SELECT sum(points) FROM ledger_entry WHERE company_id = ?", c),
          BoardWorld.points(board).values().stream().mapToLong(Long::longValue).sum(), period);
    }
    JsonObject standing = world.api.get("/api/me", world.employeeToken(ada, c)).json().getJsonObject("standing");
    assertEquals(10, standing.getLong("allTimePoints"));
    assertEquals(2, standing.getInteger("allTimeRank"));
    assertEquals(2, standing.getInteger("monthRank"));
  }
}
