package io.chorus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Shares;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.chorus.shared.sse.SseEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
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
 * A node serving HTTP on three event loops (CHORUS_HTTP_LOOPS=3): connections land on different loops,
 * and what reaches a stream — a share, a revocation, the node stopping — reaches it on whichever loop
 * serves it.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Several HTTP event loops: shares and revocations reach streams on every loop; a stop ends them all")
class HttpLoopsTest {
  private static final int LOOPS = 3;
  private static final int STREAMS = 12;
  private static TestNode node;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "http_loops", Map.of("CHORUS_HTTP_LOOPS", String.valueOf(LOOPS)));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static String stream(TestNode on) {
    return on.url() + "/api/leaderboard/stream";
  }

  /** Opens streams until each has its board, and returns them. */
  private static List<SseClient> open(String token, int n) throws Exception {
    List<SseClient> streams = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SseClient s = new SseClient(stream(node), token);
      streams.add(s);
      assertEquals(200, s.status());
      assertNotNull(s.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS), "stream " + i + " opened");
    }
    return streams;
  }

  private static void closeAll(List<SseClient> streams) {
    streams.forEach(SseClient::close);
    // The node's count is the same number across loops: none left once the test closed all it opened.
    assertTrue(Waits.until(() -> node.node.connectedScreens() == 0, Duration.ofSeconds(5)),
        "closed streams are no longer counted: " + node.node.connectedScreensPerLoop());
  }

  private static long loopsServing(TestNode on) {
    return on.node.connectedScreensPerLoop().values().stream().filter(open -> open > 0).count();
  }

  @Test
  @DisplayName("12 streams spread over more than one event-loop thread each get the share; the node counts exactly 12")
  void aShareReachesStreamsOnEveryLoop() throws Exception {
    assertEquals(LOOPS, node.node.httpLoops());
    List<SseClient> streams = open(node.screenToken(), STREAMS);
    try {
      assertTrue(Waits.until(() -> node.node.connectedScreens() == STREAMS, Duration.ofSeconds(5)),
          "counted " + node.node.connectedScreens());
      Map<String, Integer> perLoop = node.node.connectedScreensPerLoop();
      assertTrue(loopsServing(node) >= 2, "the streams are served by more than one loop: " + perLoop);
      assertEquals(STREAMS, perLoop.values().stream().mapToInt(Integer::intValue).sum(), perLoop.toString());

      Reply share = Shares.shareSomething(node.api, node.signIn("janis@acme.example"));
      assertEquals(201, share.status(), share.text());
      for (int i = 0; i < streams.size(); i++) {
        SseEvent got = streams.get(i).await(e -> e.type().equals("share")
            && new JsonObject(e.data()).getString("employeeName").equals("Jānis Bērziņš"), 5, TimeUnit.SECONDS);
        assertNotNull(got, "stream " + i + " got the share (loops: " + perLoop + ")");
      }
    } finally {
      closeAll(streams);
    }
  }

  @Test
  @DisplayName("Revoking a screen ends each of its 8 streams on every loop with 'revoked'; another screen's stream stays open")
  void revocationEndsStreamsOnEveryLoop() throws Exception {
    String liaison = node.signIn("liga@acme.example");
    Reply doomed = node.api.postJson("/api/screens", liaison, new JsonObject().put("name", "Loop lobby").encode());
    Reply kept = node.api.postJson("/api/screens", liaison, new JsonObject().put("name", "Loop hall").encode());
    assertEquals(201, doomed.status(), doomed.text());
    assertEquals(201, kept.status(), kept.text());
    List<SseClient> streams = open(doomed.json().getString("token"), 8);
    List<SseClient> others = open(kept.json().getString("token"), 1);
    try {
      assertTrue(loopsServing(node) >= 2, "served by more than one loop: " + node.node.connectedScreensPerLoop());
      Reply revoked = node.api.postJson("/api/screens/" + doomed.json().getString("screenId") + "/revoke", liaison, "{}");
      assertEquals(200, revoked.status(), revoked.text());
      for (int i = 0; i < streams.size(); i++) {
        SseEvent end = streams.get(i).await(e -> e.type().equals("revoked"), 2, TimeUnit.SECONDS);
        assertNotNull(end, "stream " + i + " was told it is revoked");
        assertEquals("token_revoked", new JsonObject(end.data()).getJsonObject("error").getString("code"));
        assertTrue(streams.get(i).awaitEnd(2, TimeUnit.SECONDS), "stream " + i + " ended");
      }
      assertTrue(!others.get(0).awaitEnd(300, TimeUnit.MILLISECONDS), "the other screen's stream is still open");
      assertTrue(Waits.until(() -> node.node.connectedScreens() == 1, Duration.ofSeconds(5)),
          "only the other screen's stream is counted: " + node.node.connectedScreensPerLoop());
    } finally {
      List<SseClient> all = new ArrayList<>(streams);
      all.addAll(others);
      closeAll(all);
    }
  }

  @Test
  @DisplayName("Stopping a node with 3 loops ends every open stream on every loop with a retry hint, within 2 s")
  void stopEndsEveryLoopsStreamsWithARetryHint(Vertx vertx) throws Exception {
    try (TestNode stopping = TestNode.start(vertx, "http_loops_stop", Map.of("CHORUS_HTTP_LOOPS", String.valueOf(LOOPS)))) {
      String token = stopping.screenToken();
      List<HttpClient> clients = new ArrayList<>();
      List<CompletableFuture<HttpResponse<String>>> bodies = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        clients.add(client);
        bodies.add(client.sendAsync(HttpRequest.newBuilder(URI.create(stream(stopping)))
            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()));
      }
      assertTrue(Waits.until(() -> stopping.node.connectedScreens() == 9, Duration.ofSeconds(10)),
          "9 streams open: " + stopping.node.connectedScreensPerLoop());
      assertTrue(loopsServing(stopping) >= 2, "on more than one loop: " + stopping.node.connectedScreensPerLoop());

      long began = System.nanoTime();
      stopping.stopNode();
      long tookMs = (System.nanoTime() - began) / 1_000_000;

      assertTrue(tookMs < 2_000, "stopped in " + tookMs + " ms");
      for (int i = 0; i < bodies.size(); i++) {
        String body = bodies.get(i).get(2, TimeUnit.SECONDS).body();
        assertTrue(body.contains("event: board"), "stream " + i + " was live: " + body);
        assertTrue(body.substring(body.lastIndexOf("event: board")).contains("retry: "),
            "stream " + i + " ends with a retry hint: " + body);
      }
    }
  }
}
