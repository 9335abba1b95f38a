package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.shared.sse.SseEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("Leaderboards: this week and all time, my rank, and the live stream")
class LeaderboardTest {
  private static TestNode node;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "leaderboard");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static long points(JsonArray rows, String name) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.getJsonObject(i).getString("name").equals(name)) {
        return rows.getJsonObject(i).getLong("points");
      }
    }
    return 0;
  }

  private static long reachedAt(JsonObject row) {
    return node.sql.number("SELECT max(seq) FROM ledger_entry WHERE employee_id = ?", row.getLong("employeeId"));
  }

  @Test
  @DisplayName("All time sums the whole ledger; ranks are 1..n, most points first, ties to whoever got there first")
  void allTimeRanksByPointsThenByWhoReachedFirst() {
    Reply r = node.api.get("/api/leaderboard?period=all&limit=50", node.screenToken());

    assertEquals(200, r.status(), r.text());
    JsonArray rows = r.json().getJsonArray("rows");
    assertEquals("Acme Robotics", r.json().getString("company"));
    // Demo history: Sanne shared 4 items, Giulia 3, Nur Aisyah 2: 10 points each share.
    assertEquals(40, points(rows, "Sanne de Vries"));
    assertEquals(30, points(rows, "Giulia Rossi"));
    assertEquals("Sanne de Vries", rows.getJsonObject(0).getString("name"));
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(i + 1, rows.getJsonObject(i).getInteger("rank"));
      if (i > 0) {
        JsonObject above = rows.getJsonObject(i - 1);
        JsonObject below = rows.getJsonObject(i);
        assertTrue(above.getLong("points") >= below.getLong("points"));
        if (above.getLong("points").equals(below.getLong("points"))) {
          assertTrue(reachedAt(above) < reachedAt(below), "tie: " + above.getString("name") + " got there first");
        }
      }
    }
    // Contest points (contest_id set) are on the contests' boards, not the company's.
    long total = node.sql.number("SELECT sum(points) FROM ledger_entry WHERE contest_id IS NULL");
    assertEquals(total, rows.stream().mapToLong(o -> ((JsonObject) o).getLong("points")).sum());
  }

  @Test
  @DisplayName("This week counts only ledger entries since Monday 00:00 in the company's time zone")
  void weekCountsOnlyThisWeek() {
    long expected = node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE contest_id IS NULL AND created_at >= "
        + "date_trunc('week', now() AT TIME ZONE 'Europe/Riga') AT TIME ZONE 'Europe/Riga'");

    Reply r = node.api.get("/api/leaderboard?period=week&limit=50", node.screenToken());

    JsonArray rows = r.json().getJsonArray("rows");
    assertEquals(expected, rows.stream().mapToLong(o -> ((JsonObject) o).getLong("points")).sum());
  }

  @Test
  @DisplayName("A share moves the sharer up: /api/me shows the new points and rank at once")
  void myStandingFollowsMyShares() {
    String token = node.signIn("daan@acme.example");
    JsonObject before = node.api.get("/api/me", token).json();
    assertEquals("Daan Jansen", before.getJsonObject("profile").getString("name"));
    long weekBefore = before.getJsonObject("standing").getLong("weekPoints");

    Reply share = node.api.report(token, Api.newKey(), new JsonObject()
        .put("contentId", node.contentId("Acme opens its robotics lab in Riga")).put("network", "x"));
    assertEquals(201, share.status(), share.text());

    JsonObject after = node.api.get("/api/me", token).json().getJsonObject("standing");
    // 10 for the share and 5 for sharing within 24 h: the Riga item was published 20 h ago.
    assertEquals(weekBefore + 15, after.getLong("weekPoints"));
    assertTrue(after.getInteger("weekRank") >= 1);
    assertEquals(share.json().getJsonObject("standing"), after);
  }

  @Test
  @DisplayName("The live stream sends the board on connect, then the new share and the new board within a second")
  void streamPushesNewSharesLive() throws Exception {
    try (SseClient stream = new SseClient(node.url() + "/api/leaderboard/stream?period=week", node.screenToken())) {
      assertEquals(200, stream.status());
      assertTrue(stream.header("Content-Type").startsWith("text/event-stream"));
      SseEvent first = stream.await(e -> e.type().equals("board"), 5, TimeUnit.SECONDS);
      assertNotNull(first, "a board on connect");

      String token = node.signIn("arif@acme.example");
      long sent = System.nanoTime();
      Reply share = node.api.report(token, Api.newKey(), new JsonObject()
          .put("contentId", node.contentId("Our warehouse robot wins a Red Dot award")).put("network", "linkedin"));
      assertEquals(201, share.status(), share.text());
      long arifWeek = share.json().getJsonObject("standing").getLong("weekPoints");

      SseEvent shareEvent = stream.await(e -> e.type().equals("share"), 2, TimeUnit.SECONDS);
      assertNotNull(shareEvent, "the share is announced");
      assertEquals("Arif Rahman", new JsonObject(shareEvent.data()).getString("employeeName"));
      assertEquals(share.json().getLong("points"), new JsonObject(shareEvent.data()).getLong("points"),
          "the feed shows what the share earned in all, bonuses included, as the sharer's receipt does");
      SseEvent board = stream.await(e -> e.type().equals("board")
          && points(new JsonObject(e.data()).getJsonArray("rows"), "Arif Rahman") == arifWeek, 2, TimeUnit.SECONDS);
      assertNotNull(board, "a board with Arif's new score");
      assertTrue(System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(1), "within one second");
      assertTrue(Long.parseLong(board.id()) >= Long.parseLong(shareEvent.id()),
          "the board's id is a ledger number at or past the share it counts");
    }
  }

  @Test
  @DisplayName("Asking for an unknown period is a 400 with a clear message")
  void unknownPeriodIsRefused() {
    Reply r = node.api.get("/api/leaderboard?period=decade", node.screenToken());
    assertEquals(400, r.status());
    assertEquals("invalid_field", r.errorCode());
  }
}
