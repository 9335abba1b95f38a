package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.http.JsonReader;
import io.chorus.server.support.Api;
import io.chorus.server.support.Shares;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.shared.sse.SseEvent;
import io.chorus.shared.wire.BoardPatch;
import io.chorus.shared.wire.Leaderboard;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Streams that ask for patches ({@code patches=1}) get a whole board first and then only what changed;
 * the board they rebuild is the very board a stream without patches is sent. Streams that do not ask
 * (extensions older than the server) get whole boards, as before.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Board patches on the live stream")
class StreamPatchesTest {
  private static TestNode node;
  private static String screen;
  private static String url;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "stream_patches");
    screen = node.screenToken();
    url = node.url() + "/api/leaderboard/stream?period=all&limit=10";
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static boolean isBoard(SseEvent e) {
    return e.type().equals("board") || e.type().equals(BoardPatch.EVENT);
  }

  private static Leaderboard board(SseEvent e) {
    assertEquals("board", e.type(), "a whole board: " + e);
    return Leaderboard.read(new JsonReader(new JsonObject(e.data())));
  }

  /**
   * Follows a stream's boards until one goes out with an id of {@code seq} or later (the stream has then
   * sent everything up to it), applying each patch to the board before it (each must apply); the board
   * events seen are added to {@code seen}.
   */
  private static Leaderboard follow(SseClient stream, Leaderboard shown, long seq, List<SseEvent> seen)
      throws InterruptedException {
    Leaderboard board = shown;
    long sentUpTo = -1;
    while (sentUpTo < seq) {
      SseEvent e = stream.await(StreamPatchesTest::isBoard, 5, TimeUnit.SECONDS);
      assertNotNull(e, "a board as of " + seq + " after " + seen);
      seen.add(e);
      sentUpTo = Long.parseLong(e.id());
      if (e.type().equals("board")) {
        board = board(e);
      } else {
        Leaderboard next = BoardPatch.read(new JsonReader(new JsonObject(e.data()))).apply(board);
        assertNotNull(next, "the patch applies to the board the stream showed: " + e.data());
        board = next;
      }
    }
    return board;
  }

  private static long shareSeq(Api.Reply share) {
    assertEquals(201, share.status(), share.text());
    return node.sql.number("SELECT max(seq) FROM ledger_entry");
  }

  @Test
  @DisplayName("After its first whole board, a stream with patches=1 gets a smaller board-patch per change that "
      + "rebuilds exactly the board a stream without it is sent whole")
  void patchesRebuildTheWholeBoard() throws Exception {
    try (SseClient patched = new SseClient(url + "&patches=1", screen); SseClient whole = new SseClient(url, screen)) {
      Leaderboard shown = board(patched.await(StreamPatchesTest::isBoard, 5, TimeUnit.SECONDS));
      Leaderboard wholeShown = board(whole.await(StreamPatchesTest::isBoard, 5, TimeUnit.SECONDS));

      for (String who : List.of("janis@acme.example", "arif@acme.example", "marco@acme.example")) {
        long seq = shareSeq(Shares.shareSomething(node.api, node.signIn(who)));
        List<SseEvent> patchedEvents = new ArrayList<>();
        List<SseEvent> wholeEvents = new ArrayList<>();
        shown = follow(patched, shown, seq, patchedEvents);
        wholeShown = follow(whole, wholeShown, seq, wholeEvents);

        assertEquals(wholeShown, shown, "the rebuilt board is the whole board");
        assertTrue(patchedEvents.stream().allMatch(e -> e.type().equals(BoardPatch.EVENT)),
            "only patches after the first board: " + patchedEvents);
        assertTrue(wholeEvents.stream().allMatch(e -> e.type().equals("board")),
            "no patches for a stream that did not ask: " + wholeEvents);
        SseEvent patch = patchedEvents.get(patchedEvents.size() - 1);
        SseEvent full = wholeEvents.get(wholeEvents.size() - 1);
        assertEquals(full.id(), patch.id(), "a patch carries the stream's number, as the board does");
        assertTrue(patch.data().length() < full.data().length(),
            "smaller: " + patch.data().length() + " vs " + full.data().length() + " bytes");
      }
    }
  }

  @Test
  @DisplayName("A stream with patches=1 that resumes with Last-Event-ID gets a whole board first, then patches to it")
  void resumeStartsWithAWholeBoard() throws Exception {
    String lastId;
    try (SseClient first = new SseClient(url + "&patches=1", screen)) {
      lastId = first.await(StreamPatchesTest::isBoard, 5, TimeUnit.SECONDS).id();
    }
    shareSeq(Shares.shareSomething(node.api, node.signIn("sanne@acme.example")));

    try (SseClient again = new SseClient(url + "&patches=1", screen, lastId)) {
      SseEvent firstBoard = again.await(StreamPatchesTest::isBoard, 5, TimeUnit.SECONDS);
      assertNotNull(firstBoard);
      Leaderboard shown = board(firstBoard);
      long seq = shareSeq(Shares.shareSomething(node.api, node.signIn("janis@acme.example")));
      List<SseEvent> events = new ArrayList<>();
      Leaderboard rebuilt = follow(again, shown, seq, events);
      assertEquals(BoardPatch.EVENT, events.get(0).type(), "then a patch: " + events);
      JsonObject truth = node.api.get("/api/leaderboard?period=all&limit=10", screen).json();
      assertEquals(Leaderboard.read(new JsonReader(truth)).rows(), rebuilt.rows(), "the board the API answers");
    }
  }
}
