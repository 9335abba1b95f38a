package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.points.Activity;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.wire.BadgeEvent;
import io.chorus.shared.wire.KudosEvent;
import io.chorus.shared.wire.Standing;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boards on a node whose clock stands at Wednesday 4 March 2026, 12:00 in Riga (10:00 UTC): the ISO
 * week began on Monday 2 March 00:00 Riga (1 March 22:00 UTC), the month on 1 March 00:00 Riga
 * (28 February 22:00 UTC — still February in UTC).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Leaderboards: week, month and all time; company, office and team; ties; badges")
class LeaderboardScopesTest {
  private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
  private static final String RIGA = "Europe/Riga";
  private static BoardWorld world;

  @BeforeAll
  static void start(Vertx vertx) {
    world = BoardWorld.start(vertx, "board_scopes", Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static JsonObject board(String query, String token) {
    Reply r = world.api.get("/api/leaderboard?" + query, token);
    assertEquals(200, r.status(), r.text());
    return r.json();
  }

  @Test
  @DisplayName("This week and this month start at Monday 00:00 and the 1st 00:00 in the company's zone; all time is everything")
  void periodsFollowTheCompanysCalendar() {
    long c = world.company("Calendar Ltd", RIGA);
    long ada = world.employee(c, "Ada", null, null);
    long ben = world.employee(c, "Ben", null, null);
    long cy = world.employee(c, "Cy", null, null);
    long dee = world.employee(c, "Dee", null, null);
    world.points(c, ada, 4, Instant.parse("2026-01-10T12:00:00Z"));
    world.points(c, dee, 30, Instant.parse("2026-02-28T21:30:00Z"));  // Sat 28 Feb 23:30 in Riga
    world.points(c, cy, 20, Instant.parse("2026-02-28T22:30:00Z"));   // Sun 1 Mar 00:30 in Riga
    world.points(c, ben, 5, Instant.parse("2026-03-01T21:59:00Z"));   // Sun 1 Mar 23:59 in Riga
    world.points(c, ben, 7, Instant.parse("2026-03-01T22:00:00Z"));   // Mon 2 Mar 00:00 in Riga
    world.points(c, ada, 10, Instant.parse("2026-03-03T09:00:00Z"));
    String screen = world.screenToken(c);

    assertEquals(Map.of("Ada", 10L, "Ben", 7L), BoardWorld.points(board("period=week", screen)));
    assertEquals(List.of("Cy", "Ben", "Ada"), List.copyOf(BoardWorld.points(board("period=month", screen)).keySet()));
    assertEquals(Map.of("Cy", 20L, "Ben", 12L, "Ada", 10L), BoardWorld.points(board("period=month", screen)));
    assertEquals(List.of("Dee", "Cy", "Ada", "Ben"), List.copyOf(BoardWorld.points(board("period=all", screen)).keySet()));
    assertEquals("month", board("period=month", screen).getString("period"));

    JsonObject ben1 = world.api.get("/api/me", world.employeeToken(ben, c)).json().getJsonObject("standing");
    assertEquals(new JsonObject().put("weekPoints", 7).put("weekRank", 2).put("monthPoints", 12).put("monthRank", 2)
        .put("allTimePoints", 12).put("allTimeRank", 4), ben1);

    // A live entry on Tuesday counts in the week and the month at once.
    world.live(c, dee, 15, Instant.parse("2026-03-03T10:00:00Z"), null);
    assertEquals(List.of("Dee", "Ada", "Ben"), List.copyOf(BoardWorld.points(board("period=week", screen)).keySet()));
    assertEquals(Map.of("Cy", 20L, "Dee", 15L, "Ben", 12L, "Ada", 10L), BoardWorld.points(board("period=month", screen)));
    assertEquals(45, BoardWorld.points(board("period=all", screen)).get("Dee"));
  }

  @Test
  @DisplayName("An office's board ranks only its people, a team's only its members; /api/me shows all three standings")
  void officeAndTeamBoards() {
    long c = world.company("Scopes Ltd", RIGA);
    long riga = world.office(c, "Riga");
    long milan = world.office(c, "Milan");
    long eng = world.team(c, "Engineering");
    long sales = world.team(c, "Sales");
    long ada = world.employee(c, "Ada", riga, eng);
    long ben = world.employee(c, "Ben", riga, sales);
    long cy = world.employee(c, "Cy", milan, eng);
    long dee = world.employee(c, "Dee", null, null);
    long eve = world.employee(c, "Eve", milan, sales);
    Instant tuesday = Instant.parse("2026-03-03T09:00:00Z");
    world.points(c, ada, 30, tuesday);
    world.points(c, ben, 20, tuesday);
    world.points(c, cy, 25, tuesday);
    world.points(c, dee, 40, tuesday);
    world.points(c, eve, 5, tuesday);
    String screen = world.screenToken(c);

    JsonObject rigaBoard = board("period=all&office=" + riga, screen);
    assertEquals("office", rigaBoard.getString("scope"));
    assertEquals("Riga", rigaBoard.getString("scopeName"));
    assertEquals(List.of("Ada", "Ben"), List.copyOf(BoardWorld.points(rigaBoard).keySet()));
    assertEquals(List.of(1, 2), rigaBoard.getJsonArray("rows").stream()
        .map(r -> ((JsonObject) r).getInteger("rank")).toList());
    assertEquals(List.of("Cy", "Eve"), List.copyOf(BoardWorld.points(board("period=week&office=" + milan, screen)).keySet()));
    JsonObject engBoard = board("period=month&team=" + eng, screen);
    assertEquals("team", engBoard.getString("scope"));
    assertEquals("Engineering", engBoard.getString("scopeName"));
    assertEquals(List.of("Ada", "Cy"), List.copyOf(BoardWorld.points(engBoard).keySet()));
    assertEquals(List.of("Dee", "Ada", "Cy", "Ben", "Eve"),
        List.copyOf(BoardWorld.points(board("period=all", screen)).keySet()));

    JsonObject me = world.api.get("/api/me", world.employeeToken(cy, c)).json();
    assertEquals(3, me.getJsonObject("standing").getInteger("allTimeRank"));
    assertEquals(1, me.getJsonObject("officeStanding").getInteger("allTimeRank"));
    assertEquals(2, me.getJsonObject("teamStanding").getInteger("weekRank"));
    assertEquals(25, me.getJsonObject("teamStanding").getLong("monthPoints"));
    JsonObject alone = world.api.get("/api/me", world.employeeToken(dee, c)).json();
    assertEquals(1, alone.getJsonObject("standing").getInteger("allTimeRank"));
    assertEquals(standing(Standing.NONE), alone.getJsonObject("officeStanding"));
    assertEquals(standing(Standing.NONE), alone.getJsonObject("teamStanding"));

    // Eve's new points move her up in Milan and in Sales, and nowhere else.
    world.live(c, eve, 30, Instant.parse("2026-03-04T09:00:00Z"), null);
    assertEquals(Map.of("Eve", 35L, "Cy", 25L), BoardWorld.points(board("period=week&office=" + milan, screen)));
    assertEquals(Map.of("Eve", 35L, "Ben", 20L), BoardWorld.points(board("period=all&team=" + sales, screen)));
    assertEquals(Map.of("Ada", 30L, "Ben", 20L), BoardWorld.points(board("period=all&office=" + riga, screen)));
  }

  private static JsonObject standing(Standing s) {
    return new JsonObject().put("weekPoints", s.weekPoints()).put("weekRank", s.weekRank())
        .put("monthPoints", s.monthPoints()).put("monthRank", s.monthRank())
        .put("allTimePoints", s.allTimePoints()).put("allTimeRank", s.allTimeRank());
  }

  @Test
  @DisplayName("Another company's office or team, or an unknown one, is a 404 that names nothing; a malformed scope is a 400")
  void otherCompaniesScopesAreNotFound() throws Exception {
    long mine = world.company("Mine Ltd", RIGA);
    long myOffice = world.office(mine, "Home");
    long theirs = world.company("Theirs Ltd", RIGA);
    long theirOffice = world.office(theirs, "Secret Lab");
    long theirTeam = world.team(theirs, "Secret Team");
    world.points(theirs, world.employee(theirs, "Spy", theirOffice, theirTeam), 50, NOW.minusSeconds(60));
    String screen = world.screenToken(mine);

    for (String query : List.of("office=" + theirOffice, "team=" + theirTeam, "office=987654321",
        "period=all&team=" + theirTeam)) {
      Reply r = world.api.get("/api/leaderboard?" + query, screen);
      assertEquals(404, r.status(), query);
      assertEquals("not_found", r.errorCode(), query);
      assertFalse(r.text().contains("Secret") || r.text().contains("Spy"), r.text());
    }
    try (SseClient stream = new SseClient(world.url() + "/api/leaderboard/stream?office=" + theirOffice, screen)) {
      assertEquals(404, stream.status());
    }
    for (String query : List.of("office=riga", "office=0", "office=" + myOffice + "&team=1")) {
      Reply r = world.api.get("/api/leaderboard?" + query, screen);
      assertEquals(400, r.status(), query);
      assertEquals("invalid_field", r.errorCode(), query);
    }
    assertEquals(200, world.api.get("/api/leaderboard?office=" + myOffice, screen).status());
  }

  @Test
  @DisplayName("Ties go to whoever reached the score first, whatever their id, on loaded and on live points alike")
  void tiesGoToWhoeverGotThereFirst() {
    long c = world.company("Ties Ltd", RIGA);
    long office = world.office(c, "Riga");
    long ada = world.employee(c, "Ada", office, null);
    long ben = world.employee(c, "Ben", office, null);
    assertTrue(ada < ben);
    world.points(c, ben, 10, Instant.parse("2026-03-02T08:00:00Z"));
    world.points(c, ben, 10, Instant.parse("2026-03-02T09:00:00Z"));
    world.points(c, ada, 15, Instant.parse("2026-03-02T10:00:00Z"));
    world.points(c, ada, 5, Instant.parse("2026-03-02T11:00:00Z"));
    String screen = world.screenToken(c);

    assertEquals(List.of("Ben", "Ada"), List.copyOf(BoardWorld.points(board("period=week", screen)).keySet()));
    assertEquals(List.of("Ben", "Ada"), List.copyOf(BoardWorld.points(board("period=all&office=" + office, screen)).keySet()));

    world.live(c, ada, 5, Instant.parse("2026-03-03T08:00:00Z"), null);
    world.live(c, ben, 5, Instant.parse("2026-03-03T09:00:00Z"), null);
    assertEquals(List.of("Ada", "Ben"), List.copyOf(BoardWorld.points(board("period=week", screen)).keySet()),
        "both on 25; Ada got there first");
    assertEquals(2, world.api.get("/api/me", world.employeeToken(ben, c)).json()
        .getJsonObject("officeStanding").getInteger("weekRank"));
  }

  @Test
  @DisplayName("Rows show each person's badges in the order earned; an award heard twice shows once")
  void badgesOnRows() {
    long c = world.company("Badges Ltd", RIGA);
    long ada = world.employee(c, "Ada", null, null);
    long ben = world.employee(c, "Ben", null, null);
    world.points(c, ada, 20, NOW.minusSeconds(3600));
    world.points(c, ben, 10, NOW.minusSeconds(3600));
    world.badge(c, ada, "streak-4", Instant.parse("2026-02-20T10:00:00Z"));
    world.badge(c, ada, "first-share", Instant.parse("2026-01-05T10:00:00Z"));
    String screen = world.screenToken(c);

    JsonObject rows = board("period=all", screen);
    assertEquals(List.of("first-share", "streak-4"), rows.getJsonArray("rows").getJsonObject(0)
        .getJsonArray("badges").getList());
    assertEquals(List.of(), rows.getJsonArray("rows").getJsonObject(1).getJsonArray("badges").getList());

    BadgeEvent award = new BadgeEvent(ben, "Ben", "first-share",
        NOW.toEpochMilli(), 0);
    Activity activity = Activity.of(c);
    activity.badges().add(award);
    TestNode.await(world.index().committed(activity));
    TestNode.await(world.index().applyBadge(c, award));
    TestNode.await(world.index().committed(activity));
    assertEquals(List.of("first-share"), board("period=all", screen).getJsonArray("rows").getJsonObject(1)
        .getJsonArray("badges").getList());

    JsonObject me = world.api.get("/api/me", world.employeeToken(ada, c)).json();
    assertEquals(List.of("first-share", "streak-4"), me.getJsonArray("badges").stream()
        .map(b -> ((JsonObject) b).getString("badgeId")).toList());
  }

  @Test
  @DisplayName("An office's live stream sends only that office's board; its feed carries shares, kudos and badges")
  void officeStreamGetsOnlyItsBoard() throws Exception {
    long c = world.company("Stream Ltd", RIGA);
    long riga = world.office(c, "Riga");
    long milan = world.office(c, "Milan");
    long ada = world.employee(c, "Ada", riga, null);
    long cy = world.employee(c, "Cy", milan, null);
    world.points(c, ada, 10, NOW.minusSeconds(3600));
    world.points(c, cy, 50, NOW.minusSeconds(3600));
    world.sql.update("INSERT INTO company_value (company_id, name) VALUES (?, 'Care')", c);
    world.sql.update("INSERT INTO kudos (company_id, giver_id, receiver_id, value, message, client_key) "
        + "VALUES (?, ?, ?, 'Care', 'Thanks for the demo', 'k1')", c, cy, ada);
    String screen = world.screenToken(c);

    try (SseClient stream = new SseClient(world.url() + "/api/leaderboard/stream?period=week&office=" + riga, screen)) {
      assertEquals(200, stream.status());
      SseEvent recent = stream.await(e -> e.type().equals("recent"), 5, TimeUnit.SECONDS);
      assertNotNull(recent);
      JsonObject feed = new JsonObject(recent.data());
      assertEquals("Thanks for the demo", feed.getJsonArray("kudos").getJsonObject(0).getString("message"));
      assertTrue(feed.getJsonArray("shares").isEmpty());
      assertTrue(feed.getJsonArray("badges").isEmpty());
      SseEvent first = stream.await(e -> e.type().equals("board"), 5, TimeUnit.SECONDS);
      assertNotNull(first);
      assertEquals(Map.of("Ada", 10L), BoardWorld.points(new JsonObject(first.data())));
      assertEquals("Riga", new JsonObject(first.data()).getString("scopeName"));

      world.live(c, cy, 5, NOW.minusSeconds(60), "Milan's news");
      SseEvent share = stream.await(e -> e.type().equals("share"), 5, TimeUnit.SECONDS);
      assertNotNull(share, "the company's feed reaches every screen");
      assertEquals("Milan's news", new JsonObject(share.data()).getString("contentTitle"));
      world.live(c, ada, 7, NOW.minusSeconds(30), null);
      SseEvent board = stream.await(e -> e.type().equals("board")
          && BoardWorld.points(new JsonObject(e.data())).get("Ada") == 17L, 5, TimeUnit.SECONDS);
      assertNotNull(board, "Ada's new points on the Riga board");
      assertEquals(Map.of("Ada", 17L), BoardWorld.points(new JsonObject(board.data())), "never Milan's people");

      // Kudos and badge awards are numbered in the ledger's sequence when written, as the writers do.
      long kudosSeq = world.sql.number("INSERT INTO kudos (company_id, giver_id, receiver_id, value, message, client_key) "
          + "VALUES (?, ?, ?, 'Care', 'Great talk', 'k2') RETURNING seq", c, cy, ada);
      long badgeSeq = world.sql.number("INSERT INTO badge_award (employee_id, badge, company_id) "
          + "VALUES (?, 'first-share', ?) RETURNING seq", ada, c);
      Activity activity = Activity.of(c);
      activity.kudos().add(new KudosEvent(world.sql.number("SELECT id FROM kudos WHERE seq = ?", kudosSeq), "Cy", "Ada",
          "Care", "Great talk", NOW.toEpochMilli(), kudosSeq));
      activity.badges().add(new BadgeEvent(ada, "Ada", "first-share", NOW.toEpochMilli(), badgeSeq));
      TestNode.await(world.index().committed(activity));
      Map<String, JsonObject> heard = new HashMap<>();
      assertNotNull(stream.await(e -> {
        if (e.type().equals("kudos") || e.type().equals("badge")) {
          heard.put(e.type(), new JsonObject(e.data()));
        }
        return heard.size() == 2;
      }, 5, TimeUnit.SECONDS), "a kudos and a badge event");
      assertEquals("Great talk", heard.get("kudos").getString("message"));
      assertEquals("first-share", heard.get("badge").getString("badgeId"));

      // The bus brings our own publish back; a later share marks the end of anything it could have added.
      world.live(c, ada, 1, NOW.minusSeconds(10), "Marker");
      List<String> between = new ArrayList<>();
      assertNotNull(stream.await(e -> {
        if (e.type().equals("kudos") || e.type().equals("badge")) {
          between.add(e.type());
        }
        return e.type().equals("share") && e.data().contains("Marker");
      }, 5, TimeUnit.SECONDS));
      assertEquals(List.of(), between, "each kudos and badge is announced once");
    }
  }
}
