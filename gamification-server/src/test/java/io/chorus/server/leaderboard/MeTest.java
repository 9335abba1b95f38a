package io.chorus.server.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("GET /api/me: what the popup shows — standings, badges, streak and kudos left")
class MeTest {
  private static TestNode node;
  private static Seed seed;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "me");
    seed = new Seed(node);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  @DisplayName("A newcomer has nothing yet; after a share and a kudos given, the popup sees the badge, the streak and one kudos fewer")
  void newcomerThenActive() {
    String email = seed.employee("Nova Newcomer");
    String token = node.signIn(email);
    JsonObject before = node.api.get("/api/me", token).json();
    assertEquals(0, before.getJsonObject("standing").getLong("allTimePoints"));
    assertEquals(0, before.getJsonArray("badges").size());
    assertEquals(new JsonObject().put("weeks", 0).put("sharedThisWeek", false), before.getJsonObject("streak"));
    assertEquals(5, before.getInteger("kudosLeft"), "the default weekly budget");

    long item = seed.item("Nova's first item", Duration.ofDays(3));
    Api.Reply shared = node.api.report(token, Api.newKey(),
        new JsonObject().put("contentId", item).put("network", "linkedin"));
    assertEquals(201, shared.status(), shared.text());
    Api.Reply kudos = node.api.postJson("/api/kudos", token, new JsonObject()
        .put("to", node.employeeId("marco@acme.example")).put("value", "One team")
        .put("message", "Thanks for the welcome!").encode(), "Idempotency-Key", Api.newKey());
    assertEquals(201, kudos.status(), kudos.text());

    JsonObject after = node.api.get("/api/me", token).json();
    assertEquals(10, after.getJsonObject("standing").getLong("weekPoints"));
    assertTrue(after.getJsonObject("standing").getInteger("weekRank") > 0);
    List<String> badges = after.getJsonArray("badges").stream()
        .map(b -> ((JsonObject) b).getString("badgeId")).sorted().toList();
    assertEquals(List.of("first-on-item", "first-share"), badges, "her first share, and the first of a new item");
    assertTrue(after.getJsonArray("badges").getJsonObject(0).getLong("awardedAt") > 0);
    assertEquals(new JsonObject().put("weeks", 1).put("sharedThisWeek", true), after.getJsonObject("streak"));
    assertEquals(4, after.getInteger("kudosLeft"));
  }
}
