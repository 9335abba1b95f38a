package io.chorus.server.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A node serving HTTP on two event loops writes each person's reports on one of them: reports that came
 * in on the other loop are handed over and answered back. Sent at once, over connections that the two
 * loops share out, each still gets its own answer and counts once.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("One person's reports sent at once to a node on two event loops are each answered and counted once")
class BatchesByEmployeeTest {
  private static TestNode node;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "batches_by_employee", Map.of("CHORUS_HTTP_LOOPS", "2"));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  @DisplayName("Two people's live items on X, all sent at once: a 201 each, one share and one share entry each, and "
      + "each person's day total the sum of their answers' points")
  void eachReportOfOnePersonCountsOnce() {
    List<String> people = List.of("sanne@acme.example", "daan@acme.example");
    List<String> tokens = new ArrayList<>();
    List<JsonObject> bodies = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    List<Long> earnedBefore = new ArrayList<>();
    for (int p = 0; p < people.size(); p++) {
      long employee = node.employeeId(people.get(p));
      tokens.add(node.signIn(people.get(p)));
      earnedBefore.add(earnedToday(employee));
      for (int i = 0; i < 4; i++) {
        long item = node.sql.number("""
          SELECT c.id FROM content c
            JOIN employee e ON e.company_id = c.company_id AND e.id = ?
            JOIN content_variant v ON v.content_id = c.id AND v.network = 'x'
           WHERE c.status = 'approved' AND c.publish_at <= now() AND (c.expires_at IS NULL OR c.expires_at > now())
             AND NOT EXISTS (SELECT 1 FROM share s WHERE s.employee_id = e.id AND s.content_id = c.id
                               AND s.network = 'x')
           ORDER BY c.id OFFSET ? LIMIT 1
          """, employee, i);
        bodies.add(new JsonObject().put("contentId", item).put("network", "x")
            .put("postUrl", "https://x.com/loops" + p + "/status/18720000000000" + p + i)
            .put("postedText", "Proud of our team"));
        owner.add(p);
      }
    }

    List<CompletableFuture<Reply>> inFlight = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      inFlight.add(node.api.reportAsync(tokens.get(owner.get(i)), Api.newKey(), bodies.get(i)));
    }
    List<Reply> replies = inFlight.stream().map(CompletableFuture::join).toList();

    long[] answered = new long[people.size()];
    for (int i = 0; i < replies.size(); i++) {
      Reply r = replies.get(i);
      String who = people.get(owner.get(i));
      assertEquals(201, r.status(), who + ": " + r.text());
      assertEquals(bodies.get(i).getLong("contentId"), r.json().getLong("contentId"), who);
      assertEquals(1, node.sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ? AND kind = 'share'",
          r.json().getLong("shareId")), who);
      answered[owner.get(i)] += r.json().getLong("points");
    }
    for (int p = 0; p < people.size(); p++) {
      long employee = node.employeeId(people.get(p));
      assertEquals(4, node.sql.number("SELECT count(*) FROM share WHERE employee_id = ? AND post_url LIKE ?",
          employee, "https://x.com/loops" + p + "/%"), people.get(p));
      assertEquals(earnedBefore.get(p) + answered[p], earnedToday(employee), people.get(p) + ": the day's total");
    }
  }

  private static long earnedToday(long employee) {
    return node.sql.number("""
        SELECT coalesce(sum(d.earned), 0) FROM points_day d JOIN employee e ON e.id = d.employee_id
          JOIN company c ON c.id = e.company_id
         WHERE d.employee_id = ? AND d.day = (now() AT TIME ZONE c.time_zone)::date
        """, employee);
  }
}
