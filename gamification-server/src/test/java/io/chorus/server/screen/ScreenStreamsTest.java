package io.chorus.server.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.auth.ScreenStates;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.chorus.shared.sse.SseEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Office screens at scale and when revoked: screen-token requests read a per-node cache instead of
 * writing a row each, last-seen times reach the database in batches, and a revocation reaches streams
 * that are already open — on this node at once, on a node that missed the message within seconds.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Office screens: 500 at once, last seen in batches, revocation reaches open streams")
class ScreenStreamsTest {
  private static TestNode node;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "screen_streams", Map.of("CHORUS_SCREEN_SEEN_FLUSH_SECONDS", "1"));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private record Screen(String id, String token) {}

  private static Screen newScreen(String name) {
    String liaison = node.signIn("liga@acme.example");
    Reply created = node.api.postJson("/api/screens", liaison, new JsonObject().put("name", name).encode());
    assertEquals(201, created.status(), created.text());
    return new Screen(created.json().getString("screenId"), created.json().getString("token"));
  }

  private static Reply revoke(Screen screen) {
    return node.api.postJson("/api/screens/" + screen.id() + "/revoke", node.signIn("liga@acme.example"), "{}");
  }

  private static String stream(TestNode on) {
    return on.url() + "/api/leaderboard/stream";
  }

  private static String footprint() {
    return node.sql.footprint() + " badges=" + node.sql.number("SELECT count(*) FROM badge_award");
  }

  @Test
  @DisplayName("500 stream opens at once with one screen token all get 200 (no 503), and last_seen_at is written "
      + "within the flush interval")
  void fiveHundredScreensAtOnce() throws Exception {
    Screen screen = newScreen("Stadium");
    assertEquals(null, node.sql.text("SELECT last_seen_at FROM display_screen WHERE id = ?::uuid", screen.id()));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(stream(node)))
        .header("Authorization", "Bearer " + screen.token()).header("Accept", "text/event-stream")
        .timeout(Duration.ofSeconds(60)).build();
    long openedAfter = System.currentTimeMillis();

    List<CompletableFuture<HttpResponse<InputStream>>> opening = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      opening.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()));
    }
    List<HttpResponse<InputStream>> streams = new ArrayList<>();
    try {
      for (CompletableFuture<HttpResponse<InputStream>> f : opening) {
        streams.add(f.get(90, TimeUnit.SECONDS));
      }
      List<Integer> statuses = streams.stream().map(HttpResponse::statusCode).toList();
      assertEquals(500, statuses.stream().filter(s -> s == 200).count(), "every stream opened: " + statuses.stream()
          .filter(s -> s != 200).toList());
      for (HttpResponse<InputStream> r : streams) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
      }
    } finally {
      for (HttpResponse<InputStream> r : streams) {
        r.body().close();
      }
    }

    assertTrue(Waits.until(() -> node.sql.text("SELECT last_seen_at FROM display_screen WHERE id = ?::uuid",
        screen.id()) != null, Duration.ofSeconds(10)), "last_seen_at written by the periodic flush");
    long seen = lastSeenMillis(screen);
    assertTrue(seen >= openedAfter - 1000 && seen <= System.currentTimeMillis() + 1000,
        "seen when the streams opened: " + seen + " vs " + openedAfter);
  }

  private static long lastSeenMillis(Screen screen) {
    return node.sql.number("SELECT (extract(epoch FROM last_seen_at) * 1000)::bigint FROM display_screen "
        + "WHERE id = ?::uuid", screen.id());
  }

  @Test
  @DisplayName("Requests do not write last_seen_at one by one; the node writes it when it stops")
  void lastSeenWrittenAtShutdown(Vertx vertx) {
    try (TestNode quiet = TestNode.start(vertx, "screen_seen_at_stop", Map.of("CHORUS_SCREEN_SEEN_FLUSH_SECONDS", "3600"))) {
      String screenId = quiet.node.demo().screenId().toString();
      String lastSeen = "SELECT last_seen_at FROM display_screen WHERE id = ?::uuid";
      try {
        quiet.sql.update("UPDATE display_screen SET last_seen_at = NULL WHERE id = ?::uuid", screenId);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
      String token = quiet.screenToken();
      for (int i = 0; i < 5; i++) {
        assertEquals(200, quiet.api.get("/api/leaderboard", token).status());
      }
      assertEquals(null, quiet.sql.text(lastSeen, screenId), "no write per request");

      quiet.stopNode();

      assertNotNull(quiet.sql.text(lastSeen, screenId), "written at shutdown");
    }
  }

  @Test
  @DisplayName("Revoking a screen ends its open stream within 2 s with a 'revoked' event (token_revoked); its "
      + "token then gets 401 token_revoked; another screen's stream stays open; nothing else changes")
  void revocationEndsOpenStreams() throws Exception {
    Screen doomed = newScreen("Old lobby");
    Screen kept = newScreen("New lobby");
    try (SseClient open = new SseClient(stream(node), doomed.token());
        SseClient other = new SseClient(stream(node), kept.token())) {
      assertEquals(200, open.status());
      assertNotNull(open.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS));
      assertNotNull(other.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS));
      String before = footprint();

      long revokedAt = System.nanoTime();
      assertEquals(200, revoke(doomed).status());

      SseEvent revoked = open.await(e -> e.type().equals("revoked"), 2, TimeUnit.SECONDS);
      assertNotNull(revoked, "a 'revoked' event within 2 s");
      assertTrue(open.awaitEnd(2, TimeUnit.SECONDS), "and the stream ended");
      System.out.printf("Revoked screen's stream ended after %d ms%n", (System.nanoTime() - revokedAt) / 1_000_000);
      JsonObject error = new JsonObject(revoked.data()).getJsonObject("error");
      assertEquals("token_revoked", error.getString("code"));
      assertNotNull(error.getString("message"));

      Reply board = node.api.get("/api/leaderboard", doomed.token());
      assertEquals(401, board.status());
      assertEquals("token_revoked", board.errorCode());
      try (SseClient again = new SseClient(stream(node), doomed.token())) {
        assertEquals(401, again.status());
      }
      assertEquals(200, node.api.get("/api/leaderboard", kept.token()).status());
      assertTrue(!other.awaitEnd(300, TimeUnit.MILLISECONDS), "the other screen's stream is still open");
      assertEquals(before, footprint(), "revoking changed no share, ledger entry, point or badge");
    }
  }

  @Test
  @DisplayName("A node that missed the revocation message refuses the token within the cache's 5 s and ends its "
      + "open stream of that screen within 10 s")
  void nodeThatMissedTheMessageCatchesUp() throws Exception {
    Vertx elsewhere = Vertx.vertx();
    try (TestNode second = TestNode.join(elsewhere, node)) {
      Screen screen = newScreen("Branch office");
      assertEquals(200, second.api.get("/api/leaderboard", screen.token()).status(), "the second node knows it");
      try (SseClient open = new SseClient(stream(second), screen.token())) {
        assertNotNull(open.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS));

        long revokedAt = System.nanoTime();
        assertEquals(200, revoke(screen).status()); // on the first node; the second hears nothing

        assertTrue(Waits.until(() -> second.api.get("/api/leaderboard", screen.token()).status() == 401,
            ScreenStates.TTL.plusSeconds(2)), "refused on the second node once its cached state expired");
        assertNotNull(open.await(e -> e.type().equals("revoked"), 10, TimeUnit.SECONDS));
        assertTrue(open.awaitEnd(2, TimeUnit.SECONDS));
        System.out.printf("A node without the message ended the stream after %d ms%n",
            (System.nanoTime() - revokedAt) / 1_000_000);
      }
    } finally {
      TestNode.await(elsewhere.close());
    }
  }
}
