package io.chorus.server.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports that arrive together are written together (group commit). A pool of 2 gives the node one
 * lane, so reports sent at once queue behind the first and go out as one batch.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Reports written together are each answered and counted as if written alone")
class ShareBatchesTest {
  private static TestNode node;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "share_batches", Map.of("CHORUS_DB_POOL_SIZE", "2"));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** A live item with an X variant that this person has not shared on X yet. */
  private static long unsharedOnX(long employeeId, int skip) {
    return node.sql.number("""
        SELECT c.id FROM content c
          JOIN employee e ON e.company_id = c.company_id AND e.id = ?
          JOIN content_variant v ON v.content_id = c.id AND v.network = 'x'
         WHERE c.status = 'approved' AND c.publish_at <= now() AND (c.expires_at IS NULL OR c.expires_at > now())
           AND NOT EXISTS (SELECT 1 FROM share s WHERE s.employee_id = e.id AND s.content_id = c.id AND s.network = 'x')
         ORDER BY c.id OFFSET ? LIMIT 1
        """, employeeId, skip);
  }

  @Test
  @DisplayName("Five people's reports sent at once with one already-shared report among them: five 201s, each share "
      + "counted once, and one 409 already_shared that changes nothing")
  void oneRefusedReportFailsAlone() {
    List<String> people = List.of("sanne@acme.example", "daan@acme.example", "marco@acme.example",
        "aisyah@acme.example", "janis@acme.example");
    List<String> tokens = new ArrayList<>();
    List<JsonObject> bodies = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      long employee = node.employeeId(people.get(i));
      tokens.add(node.signIn(people.get(i)));
      bodies.add(new JsonObject().put("contentId", unsharedOnX(employee, 0)).put("network", "x")
          .put("postUrl", "https://x.com/p" + i + "/status/1870000000000000" + i)
          .put("postedText", "Proud of our team"));
    }
    String giulia = node.signIn("giulia@acme.example");
    long giuliaId = node.employeeId("giulia@acme.example");
    // Giulia's history (demo data) already has this item on LinkedIn.
    JsonObject refused = new JsonObject().put("contentId", node.contentId("We're hiring in Amsterdam and Milan"))
        .put("network", "linkedin").put("postedText", "Proud of our team");
    long sharesBefore = node.sql.number("SELECT count(*) FROM share");
    long giuliaLedgerBefore = node.sql.number("SELECT count(*) FROM ledger_entry WHERE employee_id = ?", giuliaId);

    List<CompletableFuture<Reply>> inFlight = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      inFlight.add(node.api.reportAsync(tokens.get(i), Api.newKey(), bodies.get(i)));
      if (i == 2) {
        inFlight.add(node.api.reportAsync(giulia, Api.newKey(), refused));
      }
    }
    List<Reply> replies = new ArrayList<>(inFlight.stream().map(CompletableFuture::join).toList());

    Reply giuliaReply = replies.remove(3);
    assertEquals(409, giuliaReply.status(), giuliaReply.text());
    assertEquals("already_shared", giuliaReply.errorCode());
    for (int i = 0; i < people.size(); i++) {
      Reply r = replies.get(i);
      assertEquals(201, r.status(), people.get(i) + ": " + r.text());
      long employee = node.employeeId(people.get(i));
      assertEquals(1, node.sql.number("SELECT count(*) FROM share WHERE employee_id = ? AND content_id = ? "
          + "AND network = 'x'", employee, bodies.get(i).getLong("contentId")), people.get(i));
      assertEquals(1, node.sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ? AND kind = 'share'",
          r.json().getLong("shareId")), people.get(i));
    }
    assertEquals(sharesBefore + people.size(), node.sql.number("SELECT count(*) FROM share"));
    assertEquals(giuliaLedgerBefore,
        node.sql.number("SELECT count(*) FROM ledger_entry WHERE employee_id = ?", giuliaId));
  }

  @Test
  @DisplayName("Reports sent at once mixing a replay of an answered key, a report already shared and fresh ones: the "
      + "replay gets its first answer again, the already-shared one 409, each fresh one its own 201 whose points are "
      + "its ledger entries'")
  void replayDuplicateAndFreshTogetherEachGetTheirOwnAnswer() {
    List<String> people = List.of("sanne@acme.example", "daan@acme.example", "marco@acme.example");
    List<String> tokens = new ArrayList<>();
    List<JsonObject> bodies = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      long employee = node.employeeId(people.get(i));
      tokens.add(node.signIn(people.get(i)));
      JsonObject body = new JsonObject().put("contentId", unsharedOnX(employee, 0)).put("network", "x")
          .put("postUrl", "https://x.com/q" + i + "/status/1871000000000000" + i);
      // Words of their own on two of them (a bonus entry beside the share's own); the site showed none for one.
      if (i != 1) {
        body.put("postedText", "Our own words on this, number " + i);
      }
      bodies.add(body);
    }
    String aisyah = node.signIn("aisyah@acme.example");
    long aisyahId = node.employeeId("aisyah@acme.example");
    String answeredKey = Api.newKey();
    JsonObject answeredBody = new JsonObject().put("contentId", unsharedOnX(aisyahId, 0)).put("network", "x")
        .put("postedText", "Answered before the batch");
    Reply first = node.api.report(aisyah, answeredKey, answeredBody);
    assertEquals(201, first.status(), first.text());
    String giulia = node.signIn("giulia@acme.example");
    JsonObject alreadyShared = new JsonObject().put("contentId", node.contentId("We're hiring in Amsterdam and Milan"))
        .put("network", "linkedin").put("postedText", "Proud of our team");
    long sharesBefore = node.sql.number("SELECT count(*) FROM share");

    List<CompletableFuture<Reply>> inFlight = new ArrayList<>();
    inFlight.add(node.api.reportAsync(tokens.get(0), Api.newKey(), bodies.get(0)));
    inFlight.add(node.api.reportAsync(aisyah, answeredKey, answeredBody));
    inFlight.add(node.api.reportAsync(tokens.get(1), Api.newKey(), bodies.get(1)));
    inFlight.add(node.api.reportAsync(giulia, Api.newKey(), alreadyShared));
    inFlight.add(node.api.reportAsync(tokens.get(2), Api.newKey(), bodies.get(2)));
    List<Reply> replies = new ArrayList<>(inFlight.stream().map(CompletableFuture::join).toList());

    Reply replay = replies.remove(1);
    assertEquals(201, replay.status(), replay.text());
    assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(null));
    assertEquals(first.json().getLong("shareId"), replay.json().getLong("shareId"));
    assertEquals(first.json().getString("trackedUrl"), replay.json().getString("trackedUrl"));
    Reply refused = replies.remove(2);
    assertEquals(409, refused.status(), refused.text());
    assertEquals("already_shared", refused.errorCode());
    for (int i = 0; i < people.size(); i++) {
      Reply r = replies.get(i);
      assertEquals(201, r.status(), people.get(i) + ": " + r.text());
      assertNull(r.headers().firstValue("Idempotent-Replayed").orElse(null), people.get(i));
      long shareId = r.json().getLong("shareId");
      assertEquals(bodies.get(i).getLong("contentId"), r.json().getLong("contentId"), people.get(i));
      assertEquals(node.employeeId(people.get(i)), node.sql.number("SELECT employee_id FROM share WHERE id = ?",
          shareId), people.get(i));
      assertEquals(r.json().getLong("points"), node.sql.number("SELECT sum(points) FROM ledger_entry WHERE share_id = ?",
          shareId), people.get(i) + ": the answer's points are its ledger entries'");
      assertEquals(r.json().getLong("points"), node.sql.number("SELECT points FROM share WHERE id = ?", shareId),
          people.get(i));
      String code = r.json().getString("trackedUrl").substring(r.json().getString("trackedUrl").lastIndexOf('/') + 1);
      assertEquals(1, node.sql.number("SELECT count(*) FROM tracked_link WHERE code = ? AND employee_id = ? "
          + "AND content_id = ? AND network = 'x'", code, node.employeeId(people.get(i)),
          bodies.get(i).getLong("contentId")), people.get(i) + ": its own tracked link");
    }
    assertEquals(sharesBefore + people.size(), node.sql.number("SELECT count(*) FROM share"));
  }
}
