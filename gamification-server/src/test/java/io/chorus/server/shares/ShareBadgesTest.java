package io.chorus.server.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.leaderboard.LeaderboardIndex;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("Badges are earned in the share's transaction, each once per person, and announced once")
class ShareBadgesTest {
  private static final String END_OF_TEST = "end-of-test";
  private static TestNode node;
  private static Seed seed;
  private static Vertx vertx;
  private static final List<JsonObject> announced = new CopyOnWriteArrayList<>();
  private static final List<CompletableFuture<Void>> markers = new CopyOnWriteArrayList<>();
  private static MessageConsumer<JsonObject> consumer;

  @BeforeAll
  static void start(Vertx v) {
    vertx = v;
    node = TestNode.start(vertx, "share_badges");
    seed = new Seed(node);
    consumer = vertx.eventBus().consumer(LeaderboardIndex.BADGE_AWARDED, msg -> {
      if (END_OF_TEST.equals(msg.body().getString("marker"))) {
        markers.forEach(m -> m.complete(null));
      } else {
        announced.add(msg.body().getJsonObject("badge"));
      }
    });
    TestNode.await(consumer.completion());
  }

  @AfterAll
  static void stop() {
    TestNode.await(consumer.unregister());
    node.close();
  }

  private static Reply share(String token, long item, String network) {
    return node.api.report(token, Api.newKey(), new JsonObject().put("contentId", item).put("network", network));
  }

  private static List<String> newBadges(Reply r) {
    assertEquals(201, r.status(), r.text());
    return r.json().getJsonArray("newBadges").stream().map(String.class::cast).toList();
  }

  private static Set<String> held(String email) {
    return Set.copyOf(List.of(node.sql.text("SELECT coalesce(string_agg(badge, ','), '') FROM badge_award "
        + "WHERE employee_id = ?", node.employeeId(email)).split(",")));
  }

  /**
   * Every badge event announced for the employee so far. A marker published after the answers arrived
   * is delivered after every event those answers' transactions published, so none is still on the way.
   */
  private static List<String> announcedFor(String email) {
    CompletableFuture<Void> marker = new CompletableFuture<>();
    markers.add(marker);
    vertx.eventBus().publish(LeaderboardIndex.BADGE_AWARDED, new JsonObject().put("marker", END_OF_TEST));
    marker.join();
    long id = node.employeeId(email);
    return announced.stream().filter(b -> b.getLong("employeeId") == id).map(b -> b.getString("badgeId")).toList();
  }

  @Test
  @DisplayName("A first share brings 'first-share' (with its time), announced once; the next share brings nothing")
  void firstShare() {
    String email = seed.employee("First Timer");
    String token = node.signIn(email);
    long riga = node.contentId("Acme opens its robotics lab in Riga");

    List<String> first = newBadges(share(token, riga, "linkedin"));
    List<String> second = newBadges(share(token, node.contentId("Our warehouse robot wins a Red Dot award"), "x"));

    assertEquals(List.of("first-share"), first, "Riga was shared before (demo), so no first-on-item");
    assertFalse(second.contains("first-share"));
    assertEquals(1, node.sql.number("SELECT count(*) FROM badge_award WHERE employee_id = ? AND badge = 'first-share' "
        + "AND awarded_at > now() - interval '1 minute'", node.employeeId(email)));
    assertEquals(1, announcedFor(email).stream().filter("first-share"::equals).count());
  }

  @Test
  @DisplayName("A new item: its first sharer gets 'first-on-item'; the colleague who shares it next does not")
  void firstOnItemForTheFirstSharerOnly() {
    String pioneer = seed.employee("Pioneer");
    String follower = seed.employee("Follower");
    long item = seed.item("Nobody has shared this yet", Duration.ofDays(2));

    List<String> first = newBadges(share(node.signIn(pioneer), item, "linkedin"));
    List<String> next = newBadges(share(node.signIn(follower), item, "linkedin"));

    assertTrue(first.contains("first-on-item"), first.toString());
    assertFalse(next.contains("first-on-item"), next.toString());
    assertTrue(held(pioneer).contains("first-on-item"));
    assertFalse(held(follower).contains("first-on-item"));
  }

  @Test
  @DisplayName("Sharing on LinkedIn and then on X brings 'every-network' with the second share")
  void everyNetwork() {
    String email = seed.employee("Everywhere");
    String token = node.signIn(email);

    List<String> linkedIn = newBadges(share(token, node.contentId("We're hiring in Amsterdam and Milan"), "linkedin"));
    List<String> x = newBadges(share(token, node.contentId("A day with our field technicians"), "x"));

    assertFalse(linkedIn.contains("every-network"));
    assertTrue(x.contains("every-network"), x.toString());
  }

  @Test
  @DisplayName("With 9 earlier shares in the 3 weeks before, the 10th brings 'shares-10' and the 4-week streak")
  void thresholdsFromEarlierShares() {
    String email = seed.employee("Regular");
    for (int i = 0; i < 9; i++) {
      long item = seed.item("Regular's earlier item " + i, Duration.ofDays(40));
      seed.pastShare(email, item, i % 2 == 0 ? "linkedin" : "x", Duration.ofDays(7L * (1 + i % 3)));
    }

    List<String> tenth = newBadges(share(node.signIn(email), seed.item("Regular's tenth", Duration.ofDays(5)),
        "linkedin"));

    assertTrue(tenth.containsAll(List.of("first-share", "shares-10", "streak-4")), tenth.toString());
    assertFalse(tenth.contains("shares-50"));
    assertFalse(tenth.contains("streak-12"));
    assertEquals(Set.copyOf(tenth), held(email));
  }

  @Test
  @DisplayName("20 parallel reports by one person: every badge awarded exactly once, announced exactly once")
  void parallelReportsNeverAwardTwice() {
    String email = seed.employee("Sprinter");
    String token = node.signIn(email);
    List<CompletableFuture<Reply>> inFlight = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long item = seed.item("Sprinter's item " + i, Duration.ofDays(3));
      for (String network : new String[] {"linkedin", "x"}) {
        inFlight.add(node.api.reportAsync(token, Api.newKey(),
            new JsonObject().put("contentId", item).put("network", network)));
      }
    }

    List<String> fromReceipts = inFlight.stream().map(CompletableFuture::join).flatMap(r -> newBadges(r).stream())
        .toList();
    List<String> fromEvents = announcedFor(email);

    Set<String> expected = Set.of("first-share", "shares-10", "first-on-item", "every-network");
    assertEquals(counted(expected), counted(fromReceipts), "each badge in exactly one receipt");
    assertEquals(counted(expected), counted(fromEvents), "each badge announced exactly once");
    assertEquals(expected, held(email));
  }

  private static Map<String, Long> counted(java.util.Collection<String> badges) {
    return badges.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
