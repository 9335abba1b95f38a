package io.chorus.server.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("POST /api/shares counts every acknowledged share exactly once")
class ShareIngestTest {
  private static TestNode node;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "share_ingest");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static JsonObject report(long contentId, String network, String postUrl) {
    return new JsonObject().put("contentId", contentId).put("network", network).put("postUrl", postUrl)
        .put("postedText", "Proud of our team #AcmeEmployee");
  }

  private static long ledgerPoints(long employeeId) {
    return node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ?", employeeId);
  }

  @Test
  @DisplayName("One share reported 5 times with the same key is one share, one ledger entry, 10 points; every answer is the first")
  void retriesWithOneKeyCountOnce() {
    String token = node.signIn("daan@acme.example");
    long daan = node.employeeId("daan@acme.example");
    long before = ledgerPoints(daan);
    // Three weeks old and in the suggestion's words: the base points alone, no bonus.
    JsonObject body = report(node.contentId("A day with our field technicians"), "linkedin",
        "https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000001/");
    String key = Api.newKey();

    List<Reply> replies = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      replies.add(node.api.report(token, key, body));
    }

    for (Reply r : replies) {
      assertEquals(201, r.status(), r.text());
      // Byte for byte: the first answer is written fresh, the replays are read back from jsonb.
      assertEquals(replies.get(0).text(), r.text());
      assertEquals(replies.get(0).json().getLong("shareId"), r.json().getLong("shareId"));
      assertEquals(10, r.json().getLong("points"));
      assertEquals(replies.get(0).json().getString("trackedUrl"), r.json().getString("trackedUrl"));
      assertEquals(replies.get(0).json().getJsonArray("newBadges"), r.json().getJsonArray("newBadges"));
    }
    assertNull(replies.get(0).headers().firstValue("Idempotent-Replayed").orElse(null), "the first is not a replay");
    assertEquals("true", replies.get(4).headers().firstValue("Idempotent-Replayed").orElse(null));
    assertEquals(1, node.sql.number("SELECT count(*) FROM share WHERE employee_id = ? AND content_id = ?",
        daan, body.getLong("contentId")));
    assertEquals(before + 10, ledgerPoints(daan));
    assertEquals(before + 10, replies.get(4).json().getJsonObject("standing").getLong("allTimePoints"));
  }

  @Test
  @DisplayName("50 concurrent reports of one share with one key all get the same 201 answer; its points are given once")
  void concurrentReportsWithOneKeyCountOnce() {
    String token = node.signIn("marco@acme.example");
    long marco = node.employeeId("marco@acme.example");
    long before = ledgerPoints(marco);
    // Two weeks old and in the suggestion's words: the base points alone, no bonus.
    JsonObject body = report(node.contentId("How Kuala Lumpur cut delivery times by 30%"), "linkedin",
        "https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000002/");
    String key = Api.newKey();

    List<CompletableFuture<Reply>> inFlight = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      inFlight.add(node.api.reportAsync(token, key, body));
    }
    List<Reply> replies = inFlight.stream().map(CompletableFuture::join).toList();

    assertEquals(Set.of(201), replies.stream().map(Reply::status).collect(Collectors.toSet()),
        "every report is acknowledged");
    assertEquals(1, replies.stream().map(r -> r.json().getLong("shareId")).distinct().count(), "one share id");
    long contentId = body.getLong("contentId");
    assertEquals(1, node.sql.number("SELECT count(*) FROM share WHERE employee_id = ? AND content_id = ?",
        marco, contentId));
    assertEquals(1, node.sql.number("SELECT count(*) FROM ledger_entry l JOIN share s ON s.id = l.share_id "
        + "WHERE s.employee_id = ? AND s.content_id = ?", marco, contentId));
    assertEquals(before + 10, ledgerPoints(marco));
    assertEquals(49, replies.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").isPresent()).count());
  }

  @Test
  @DisplayName("The same key with a different report is refused (422 idempotency_key_reused) and changes nothing")
  void reusedKeyWithOtherBodyIsRefused() {
    String token = node.signIn("arif@acme.example");
    String key = Api.newKey();
    assertEquals(201, node.api.report(token, key, report(node.contentId("Acme opens its robotics lab in Riga"),
        "linkedin", null)).status());
    String footprint = node.sql.footprint();

    Reply reused = node.api.report(token, key, report(node.contentId("A day with our field technicians"), "x", null));

    assertEquals(422, reused.status());
    assertEquals("idempotency_key_reused", reused.errorCode());
    assertEquals(footprint, node.sql.footprint());
  }

  @Test
  @DisplayName("Reporting an item again on the same network with a new key is 409 already_shared, no points")
  void sameItemSameNetworkTwiceIsRefused() {
    String token = node.signIn("giulia@acme.example");
    String footprint = node.sql.footprint();

    // Giulia's history (demo data) already has this item on LinkedIn.
    Reply again = node.api.report(token, Api.newKey(), report(node.contentId("We're hiring in Amsterdam and Milan"),
        "linkedin", null));

    assertEquals(409, again.status());
    assertEquals("already_shared", again.errorCode());
    assertEquals(footprint, node.sql.footprint());
  }

  @Test
  @DisplayName("One post URL reported for a second item is 409 post_already_reported, whatever its spelling")
  void onePostCountsOnce() {
    String token = node.signIn("aisyah@acme.example");
    String post = "https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000003/";
    assertEquals(201, node.api.report(token, Api.newKey(),
        report(node.contentId("A day with our field technicians"), "linkedin", post)).status());
    String footprint = node.sql.footprint();

    Reply again = node.api.report(token, Api.newKey(), report(node.contentId("We're hiring in Amsterdam and Milan"),
        "linkedin", "https://linkedin.com/feed/update/urn:li:activity:7400000000000000003/?utm_source=share"));

    assertEquals(409, again.status());
    assertEquals("post_already_reported", again.errorCode());
    assertEquals(footprint, node.sql.footprint());
  }

  @Test
  @DisplayName("The same item shared on the other network earns its points again")
  void otherNetworkEarnsAgain() {
    String token = node.signIn("janis@acme.example");
    long janis = node.employeeId("janis@acme.example");
    long before = ledgerPoints(janis);

    // Jānis shared the Red Dot item on LinkedIn weeks ago (demo history); now on X.
    Reply r = node.api.report(token, Api.newKey(), report(node.contentId("Our warehouse robot wins a Red Dot award"),
        "x", "https://x.com/janis/status/1860000000000000001"));

    assertEquals(201, r.status(), r.text());
    assertEquals(before + 10, ledgerPoints(janis));
    assertTrue(r.json().getJsonObject("standing").getInteger("allTimeRank") >= 1);
  }
}
