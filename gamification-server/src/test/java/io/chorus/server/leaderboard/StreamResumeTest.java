package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Shares;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.chorus.shared.sse.SseEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A screen that reconnects with Last-Event-ID gets exactly what it missed: every share after that id,
 * once, in order, and no fresh start; from too far back, a fresh start. (Across nodes, and from
 * PostgreSQL rather than a node's memory: ClusterProcessTest.)
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Live streams resume after their last event id")
class StreamResumeTest {
  private static TestNode node;
  private static String screen;
  private static String url;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "stream_resume");
    screen = node.screenToken();
    url = node.url() + "/api/leaderboard/stream?period=all";
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** Events until a share with this title, the share included. */
  private static List<SseEvent> until(SseClient stream, String employeeName) throws InterruptedException {
    List<SseEvent> seen = new ArrayList<>();
    SseEvent last = stream.await(e -> {
      seen.add(e);
      return e.type().equals("share") && new JsonObject(e.data()).getString("employeeName").equals(employeeName);
    }, 5, TimeUnit.SECONDS);
    assertNotNull(last, "a share by " + employeeName + " among " + seen);
    return seen;
  }

  private static List<SseEvent> of(List<SseEvent> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }

  @Test
  @DisplayName("Shares made while a screen was away arrive once each, in order, after its last id, without a fresh start")
  void resumesWithWhatItMissed() throws Exception {
    String lastId;
    try (SseClient first = new SseClient(url, screen)) {
      SseEvent board = first.await(e -> e.type().equals("board"), 5, TimeUnit.SECONDS);
      assertNotNull(board);
      lastId = board.id();
    }
    Api.Reply a = Shares.shareSomething(node.api, node.signIn("janis@acme.example"));
    Api.Reply b = Shares.shareSomething(node.api, node.signIn("arif@acme.example"));
    assertEquals(201, a.status(), a.text());
    assertEquals(201, b.status(), b.text());

    try (SseClient again = new SseClient(url, screen, lastId)) {
      List<SseEvent> events = until(again, "Arif Rahman");
      // A marker share: whatever the resumed stream could still have repeated comes before it.
      Api.Reply marker = Shares.shareSomething(node.api, node.signIn("marco@acme.example"));
      assertEquals(201, marker.status(), marker.text());
      events.addAll(until(again, "Marco Bianchi"));

      assertEquals(List.of(), of(events, "recent"), "no fresh start: the screen keeps its feed");
      List<String> names = of(events, "share").stream()
          .map(e -> new JsonObject(e.data()).getString("employeeName")).toList();
      assertEquals(List.of("Jānis Bērziņš", "Arif Rahman", "Marco Bianchi"), names, "each share once, in order");
      long previous = Long.parseLong(lastId);
      for (SseEvent e : of(events, "share")) {
        long id = Long.parseLong(e.id());
        assertTrue(id > previous, "ids rise past the last one: " + events);
        assertEquals(id, new JsonObject(e.data()).getLong("seq"), "a share's id is its ledger number");
        previous = id;
      }
    }
  }

  @Test
  @DisplayName("A screen that had seen everything gets nothing again when it resumes, then what comes next")
  void resumesWithNothingRepeated() throws Exception {
    String lastId;
    try (SseClient first = new SseClient(url, screen)) {
      Api.Reply share = Shares.shareSomething(node.api, node.signIn("sanne@acme.example"));
      assertEquals(201, share.status(), share.text());
      SseEvent seen = first.await(e -> e.type().equals("share"), 5, TimeUnit.SECONDS);
      assertNotNull(seen);
      SseEvent board = first.await(e -> e.type().equals("board"), 5, TimeUnit.SECONDS);
      lastId = board.id();
    }
    try (SseClient again = new SseClient(url, screen, lastId)) {
      assertNotNull(again.await(e -> e.type().equals("board"), 5, TimeUnit.SECONDS));
      Api.Reply next = Shares.shareSomething(node.api, node.signIn("janis@acme.example"));
      assertEquals(201, next.status(), next.text());
      List<SseEvent> events = until(again, "Jānis Bērziņš");
      assertEquals(1, of(events, "share").size(), "only the new share: " + events);
    }
  }

  @Test
  @DisplayName("From further back than a replay goes, a screen starts afresh: a recent feed, then the board")
  void startsAfreshFromTooFarBack() throws Exception {
    long company = node.sql.number("SELECT company_id FROM employee WHERE email = 'janis@acme.example'");
    long employee = node.sql.number("SELECT id FROM employee WHERE email = 'janis@acme.example'");
    node.sql.update("INSERT INTO ledger_entry (company_id, employee_id, kind, points) "
        + "SELECT ?, ?, 'fresh_bonus', 0 FROM generate_series(1, ?)", company, employee,
        LeaderboardIndex.REPLAY_ROWS + 1);
    long head = node.sql.number("SELECT max(seq) FROM ledger_entry");
    assertTrue(Waits.until(() -> node.node.services().leaderboard().appliedSeq() >= head, Duration.ofSeconds(5)),
        "the node has followed the ledger past them");
    try (SseClient again = new SseClient(url, screen, "1")) {
      SseEvent first = again.await(e -> true, 5, TimeUnit.SECONDS);
      assertNotNull(first);
      assertEquals("recent", first.type(), "a fresh start");
      assertNotNull(again.await(e -> e.type().equals("board"), 5, TimeUnit.SECONDS));
    }
  }
}
