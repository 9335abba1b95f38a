package io.chorus.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Shares;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.processes.BusLink;
import io.chorus.server.support.processes.Conditions;
import io.chorus.server.support.processes.NodeProcess;
import io.chorus.server.support.processes.ProcessCluster;
import io.chorus.shared.sse.SseEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three real server JVMs on loopback, clustered by Hazelcast's TCP join, behind a real HAProxy: the
 * cluster behaves as one server. The last test kills a node, so the order is fixed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("A cluster of three real nodes behind HAProxy")
class ClusterProcessTest {
  private static final String STREAM = "/api/leaderboard/stream?period=all";
  private static ProcessCluster cluster;
  private static List<Long> employees;

  @BeforeAll
  static void start() {
    cluster = ProcessCluster.start("cluster", 3, true);
    employees = cluster.employees();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  @DisplayName("Three JVMs form one cluster by TCP join, and Hazelcast logs through the node's own logging")
  void nodesFormOneCluster() {
    for (NodeProcess node : cluster.nodes()) {
      Conditions.await(() -> ProcessCluster.metric(node, "chorus_cluster_members_nodes") == 3, Duration.ofSeconds(20),
          node.name() + " sees 3 members");
      String log = node.log();
      assertTrue(log.contains("Joining cluster"), log);
      assertFalse(log.contains("\nINFO: ") || log.contains("\nWARNING: "), "no java.util.logging lines:\n" + log);
    }
  }

  @Test
  @Order(2)
  @DisplayName("A share accepted on node 1 reaches a live stream on node 2 within a second, and every board counts it once")
  void shareOnOneNodeReachesStreamOnAnother() throws Exception {
    NodeProcess a = cluster.node(1);
    NodeProcess b = cluster.node(2);
    long warmUpSharer = employees.get(0);
    long sharer = employees.get(1);
    String viewer = cluster.employeeToken(employees.get(2));
    try (SseClient stream = new SseClient(b.url() + "/api/leaderboard/stream?period=all", viewer)) {
      assertNotNull(stream.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS), "a board on connect");
      // The first event from node 1 to node 2 opens their event-bus connection: not what is measured.
      Api.Reply warmUp = Shares.shareSomething(cluster.api(a), cluster.employeeToken(warmUpSharer));
      assertEquals(201, warmUp.status(), warmUp.text());
      assertNotNull(stream.await(e -> e.type().equals("share"), 10, TimeUnit.SECONDS), "the warm-up share");

      List<Long> before = new ArrayList<>();
      for (NodeProcess node : cluster.nodes()) {
        before.add(allTimePoints(node, sharer));
      }
      Api.Reply share = Shares.shareSomething(cluster.api(a), cluster.employeeToken(sharer));
      long accepted = System.nanoTime();
      assertEquals(201, share.status(), share.text());
      SseEvent event = stream.await(e -> e.type().equals("share"), 1, TimeUnit.SECONDS);
      long tookMs = (System.nanoTime() - accepted) / 1_000_000;

      assertNotNull(event, "the share reached node 2's stream within a second of node 1's answer");
      assertEquals(cluster.sql.text("SELECT display_name FROM employee WHERE id = ?", sharer),
          new JsonObject(event.data()).getString("employeeName"), "it is that share (" + tookMs + " ms)");
      long points = share.json().getLong("points");
      for (int i = 0; i < 3; i++) {
        NodeProcess node = cluster.nodes().get(i);
        long expected = before.get(i) + points;
        Conditions.await(() -> allTimePoints(node, sharer) == expected, Duration.ofSeconds(5),
            node.name() + " counts the share once (the writer hears its own publish too)");
      }
    }
  }

  @Test
  @Order(3)
  @DisplayName("Through HAProxy, requests are spread over all three nodes")
  void balancerSpreadsRequests() {
    Set<String> servedBy = new HashSet<>();
    Api lb = new Api(cluster.haproxy().url());
    for (int i = 0; i < 9; i++) {
      Api.Reply r = lb.get("/health/ready", null);
      assertEquals(200, r.status(), r.text());
      servedBy.add(r.headers().firstValue("X-Served-By").orElse("?"));
    }
    assertEquals(Set.of("node1", "node2", "node3"), servedBy);
  }

  @Test
  @Order(4)
  @DisplayName("A node cut off from the event bus reads what it missed from PostgreSQL: its board equals the ledger; then it follows the bus again")
  void nodeCutOffFromTheBusCatchesUp() throws Exception {
    NodeProcess writer = cluster.node(1);
    NodeProcess cutOff = cluster.node(2);
    BusLink link = cluster.busLink(cutOff);
    link.cut();
    try {
      for (int i = 3; i < 6; i++) {
        Api.Reply share = Shares.shareSomething(cluster.api(writer), cluster.employeeToken(employees.get(i)));
        assertEquals(201, share.status(), share.text());
      }
      Conditions.await(() -> boardEqualsLedger(cutOff), Duration.ofSeconds(10), "node2's board equals the ledger");
      assertTrue(cutOff.log().contains("the event bus had not brought"), "node2 read them from PostgreSQL:\n"
          + cutOff.tail(20));
    } finally {
      link.restore();
    }
    try (SseClient stream = new SseClient(cutOff.url() + "/api/leaderboard/stream?period=all",
        cluster.employeeToken(employees.get(2)))) {
      assertNotNull(stream.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS));
      Api.Reply share = Shares.shareSomething(cluster.api(writer), cluster.employeeToken(employees.get(6)));
      assertEquals(201, share.status(), share.text());
      assertNotNull(stream.await(e -> e.type().equals("share"), 2, TimeUnit.SECONDS), "the bus reaches node2 again");
    }
    Conditions.await(() -> boardEqualsLedger(cutOff), Duration.ofSeconds(5), "and its board still equals the ledger");
  }

  @Test
  @Order(5)
  @DisplayName("A stream resumed on another node with its last id gets exactly the shares it missed, in order (node 3 reads them from PostgreSQL)")
  void streamResumesOnAnotherNode() throws Exception {
    String viewer = cluster.employeeToken(employees.get(2));
    String lastId;
    try (SseClient onOne = new SseClient(cluster.node(1).url() + STREAM, viewer)) {
      SseEvent board = onOne.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS);
      assertNotNull(board);
      lastId = board.id();
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Api.Reply share = Shares.shareSomething(cluster.api(cluster.node(1)), cluster.employeeToken(employees.get(i)));
      assertEquals(201, share.status(), share.text());
      expected.add(name(employees.get(i)));
    }
    try (SseClient onThree = new SseClient(cluster.node(3).url() + STREAM, viewer, lastId)) {
      List<SseEvent> events = until(onThree, expected.get(1));
      Api.Reply marker = Shares.shareSomething(cluster.api(cluster.node(2)), cluster.employeeToken(employees.get(6)));
      assertEquals(201, marker.status(), marker.text());
      expected.add(name(employees.get(6)));
      events.addAll(until(onThree, expected.get(2)));
      assertResumed(events, lastId, expected);
    }
  }

  @Test
  @Order(6)
  @DisplayName("A screen link revoked on node 1 ends its stream on node 2 within 2 s, and node 2 refuses the link from then on")
  void revokedScreenStopsOnAnotherNode() throws Exception {
    Api one = cluster.api(cluster.node(1));
    Api two = cluster.api(cluster.node(2));
    Api.Reply signIn = one.postJson("/api/auth/sign-in", null, new JsonObject()
        .put("email", "liga@acme.example").put("password", "chorus-demo").encode());
    assertEquals(200, signIn.status(), signIn.text());
    String liaison = signIn.json().getString("token");
    Api.Reply created = one.postJson("/api/screens", liaison, new JsonObject().put("name", "Lobby").encode());
    assertEquals(201, created.status(), created.text());
    String screenToken = created.json().getString("token");
    try (SseClient screen = new SseClient(cluster.node(2).url() + STREAM, screenToken)) {
      assertNotNull(screen.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS));
      Api.Reply revoked = one.postJson("/api/screens/" + created.json().getString("screenId") + "/revoke", liaison, "{}");
      assertEquals(200, revoked.status(), revoked.text());
      assertNotNull(screen.await(e -> e.type().equals("revoked"), 2, TimeUnit.SECONDS), "a 'revoked' event from node 2");
      assertTrue(screen.awaitEnd(2, TimeUnit.SECONDS), "and the stream ended");
    }
    assertEquals(401, two.get("/api/leaderboard", screenToken).status());
  }

  @Test
  @Order(7)
  @DisplayName("A node killed with SIGKILL: HAProxy takes it out, its streams resume on the others with their last ids, nothing lost or counted twice")
  void nodeKilledMidStream() throws Exception {
    NodeProcess dead = cluster.node(3);
    String viewer = cluster.employeeToken(employees.get(2));
    List<SseClient> streams = new ArrayList<>();
    try {
      SseClient onDead = null;
      String lastId = null;
      // HAProxy balances by least connections: within three streams one lands on node3.
      for (int i = 0; i < 6 && onDead == null; i++) {
        SseClient stream = new SseClient(cluster.haproxy().url() + STREAM, viewer);
        streams.add(stream);
        SseEvent board = stream.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS);
        assertNotNull(board);
        if ("node3".equals(stream.header("X-Served-By"))) {
          onDead = stream;
          lastId = board.id();
        }
      }
      assertNotNull(onDead, "a stream through HAProxy on node3");
      dead.kill();
      assertTrue(onDead.awaitEnd(10, TimeUnit.SECONDS), "the killed node's stream ends");

      List<String> expected = new ArrayList<>();
      for (int i = 3; i < 5; i++) {
        Api.Reply share = Shares.shareSomething(cluster.api(cluster.node(1)), cluster.employeeToken(employees.get(i)));
        assertEquals(201, share.status(), share.text());
        expected.add(name(employees.get(i)));
      }
      try (SseClient resumed = new SseClient(cluster.haproxy().url() + STREAM, viewer, lastId)) {
        assertFalse("node3".equals(resumed.header("X-Served-By")), "resumed on a live node");
        List<SseEvent> events = until(resumed, expected.get(1));
        assertResumed(events, lastId, expected);
        assertNotNull(resumed.await(e -> e.type().equals("board") && boardIsLedger(new JsonObject(e.data())), 5,
            TimeUnit.SECONDS), "a board with every person's points as the ledger has them");
      }
    } finally {
      streams.forEach(SseClient::close);
    }

    Conditions.await(() -> cluster.haproxy().serverStates().get("node3").startsWith("DOWN"), Duration.ofSeconds(10),
        "HAProxy marks node3 down");
    Api lb = new Api(cluster.haproxy().url());
    for (int i = 0; i < 6; i++) {
      Api.Reply r = lb.get("/health/ready", null);
      assertEquals(200, r.status(), r.text());
      assertFalse(r.headers().firstValue("X-Served-By").orElse("").equals("node3"));
    }
    for (NodeProcess node : List.of(cluster.node(1), cluster.node(2))) {
      Conditions.await(() -> ProcessCluster.metric(node, "chorus_cluster_members_nodes") == 2, Duration.ofSeconds(20),
          node.name() + " sees node3 gone from the cluster");
    }
    try (SseClient stream = new SseClient(cluster.node(2).url() + "/api/leaderboard/stream?period=all",
        cluster.employeeToken(employees.get(2)))) {
      assertNotNull(stream.await(e -> e.type().equals("board"), 10, TimeUnit.SECONDS));
      Api.Reply share = Shares.shareSomething(cluster.api(cluster.node(1)), cluster.employeeToken(employees.get(3)));
      assertEquals(201, share.status(), share.text());
      assertNotNull(stream.await(e -> e.type().equals("share"), 1, TimeUnit.SECONDS),
          "the two left still deliver across nodes within a second");
    }
  }

  private static String name(long employeeId) {
    return cluster.sql.text("SELECT display_name FROM employee WHERE id = ?", employeeId);
  }

  /** Events up to a share by this person, that share included. */
  private static List<SseEvent> until(SseClient stream, String employeeName) throws InterruptedException {
    List<SseEvent> seen = new ArrayList<>();
    SseEvent last = stream.await(e -> {
      seen.add(e);
      return e.type().equals("share") && new JsonObject(e.data()).getString("employeeName").equals(employeeName);
    }, 10, TimeUnit.SECONDS);
    assertNotNull(last, "a share by " + employeeName + " among " + seen);
    return seen;
  }

  /** No fresh start; exactly these shares, once each, with rising ids past the last one seen. */
  private static void assertResumed(List<SseEvent> events, String lastId, List<String> expected) {
    assertTrue(events.stream().noneMatch(e -> e.type().equals("recent")), "no fresh start: " + events);
    List<SseEvent> shares = events.stream().filter(e -> e.type().equals("share")).toList();
    assertEquals(expected, shares.stream().map(e -> new JsonObject(e.data()).getString("employeeName")).toList(),
        "exactly the shares missed, in order");
    long previous = Long.parseLong(lastId);
    for (SseEvent e : shares) {
      assertTrue(Long.parseLong(e.id()) > previous, "ids rise past the last one seen: " + events);
      previous = Long.parseLong(e.id());
    }
  }

  /** Every person on a board has the points the ledger gives them. */
  private static boolean boardIsLedger(JsonObject board) {
    JsonArray rows = board.getJsonArray("rows");
    for (int i = 0; i < rows.size(); i++) {
      JsonObject row = rows.getJsonObject(i);
      // Contest points (the demo's live contest) are on the contest's board, never the company's.
      long sum = cluster.sql.number(
          "SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ? AND contest_id IS NULL",
          row.getLong("employeeId"));
      if (sum != row.getLong("points")) {
        return false;
      }
    }
    return !rows.isEmpty();
  }

  /** The node's all-time company board, person by person, is the ledger's sum (people with points). */
  private static boolean boardEqualsLedger(NodeProcess node) {
    Map<Long, Long> ledger = new HashMap<>();
    for (long id : employees) {
      long sum = cluster.sql.number(
          "SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ? AND contest_id IS NULL", id);
      if (sum != 0) {
        ledger.put(id, sum);
      }
    }
    Map<Long, Long> board = new HashMap<>();
    for (long id : employees) {
      long points = allTimePoints(node, id);
      if (points != 0) {
        board.put(id, points);
      }
    }
    return ledger.equals(board);
  }

  private static long allTimePoints(NodeProcess node, long employeeId) {
    Api.Reply board = cluster.api(node).get("/api/leaderboard?period=all&limit=50",
        cluster.employeeToken(employeeId));
    assertEquals(200, board.status(), board.text());
    JsonArray rows = board.json().getJsonArray("rows");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.getJsonObject(i).getLong("employeeId") == employeeId) {
        return rows.getJsonObject(i).getLong("points");
      }
    }
    return 0;
  }
}
