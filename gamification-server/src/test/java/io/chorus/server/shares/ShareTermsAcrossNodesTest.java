package io.chorus.server.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.http.JsonWriter;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.chorus.shared.scoring.ScoringRules;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two real nodes on one PostgreSQL: each keeps the company's rules and contest hashtags in memory
 * (ShareTerms), and a liaison's change made through the other node counts from the very next report,
 * with no wait: the version they are kept by is read with every share's first statements.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Rules and contests changed on one node score the next share on the other")
class ShareTermsAcrossNodesTest {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
  private static TestNode.Pair nodes;
  private static TestNode first;
  private static TestNode second;
  private static Seed seed;
  private static String liaison;

  @BeforeAll
  static void start(Vertx vertx) {
    nodes = TestNode.pair(vertx, "share_terms_across_nodes", java.util.Map.of());
    first = nodes.first();
    second = nodes.second();
    seed = new Seed(first);
    liaison = first.signIn("liga@acme.example");
  }

  @AfterAll
  static void stop() {
    if (nodes != null) {
      nodes.close();
    }
  }

  private static JsonObject rulesWithLinkedIn(int points) {
    JsonObject now = first.api.get("/api/rules", liaison).json();
    ScoringRules rules = new ScoringRules(points, now.getInteger("xShare"), now.getInteger("freshBonus"),
        now.getInteger("ownWordsBonus"), now.getInteger("clickPoints"), now.getInteger("kudosPoints"),
        now.getInteger("kudosPerWeek"), now.getInteger("dailyCap"));
    return JsonWriter.encode(rules::write);
  }

  private static Reply share(TestNode node, String token, long item, String text) {
    JsonObject body = new JsonObject().put("contentId", item).put("network", "linkedin");
    if (text != null) {
      body.put("postedText", text);
    }
    Reply r = node.api.report(token, Api.newKey(), body);
    assertEquals(201, r.status(), r.text());
    return r;
  }

  private static long entries(Reply share) throws Exception {
    return first.sql.number("SELECT count(*) FROM contest_entry WHERE share_id = ?", share.json().getLong("shareId"));
  }

  private static String local(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneId.of("Europe/Riga")).format(LOCAL);
  }

  @Test
  @DisplayName("Rules put through node A score the next share on node B, each time they change")
  void rulesChangedOnOneNodeScoreOnTheOther() {
    String token = first.signIn(seed.employee("Rules Across"));
    JsonObject before = first.api.get("/api/rules", liaison).json();
    try {
      // Node B has scored a share, so it keeps the rules as they were.
      assertEquals(before.getLong("linkedInShare"),
          share(second, token, seed.item("Terms before", Duration.ofDays(3)), null).json().getLong("points"));
      for (int points : new int[] {13, 4}) {
        Reply put = first.api.putJson("/api/rules", liaison, rulesWithLinkedIn(points).encode());
        assertEquals(200, put.status(), put.text());

        Reply next = share(second, token, seed.item("Terms at " + points, Duration.ofDays(3)), null);

        assertEquals(points, next.json().getLong("points"), "node B scored by node A's change: " + next.text());
      }
    } finally {
      first.api.putJson("/api/rules", liaison, before.encode());
    }
  }

  @Test
  @DisplayName("A contest launched on node A takes node B's next share with its hashtag; ended there, the next "
      + "share with it enters nothing")
  void contestChangedOnOneNodeCountsOnTheOther() throws Exception {
    String token = first.signIn(seed.employee("Contest Across"));
    String tag = "Across" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String text = "Proud of our team #" + tag;
    // Node B keeps the company's contest hashtags, still without this one.
    assertEquals(0, entries(share(second, token, seed.item("Before the contest", Duration.ofDays(3)), text)));

    JsonObject draft = new JsonObject().put("name", "Contest " + tag).put("hashtag", "#" + tag)
        .put("description", "Post with the tag.").put("starts", local(Instant.now().minus(Duration.ofHours(1))))
        .put("ends", local(Instant.now().plus(Duration.ofDays(1))));
    Reply created = first.api.postJson("/api/contests", liaison, draft.encode());
    assertEquals(201, created.status(), created.text());
    long contest = created.json().getLong("id");
    Reply launched = first.api.postJson("/api/contests/" + contest + "/launch", liaison, "");
    assertEquals(200, launched.status(), launched.text());

    Reply during = share(second, token, seed.item("During the contest", Duration.ofDays(3)), text);
    assertEquals(1, entries(during), "node B entered node A's new contest: " + during.text());
    assertEquals(1, first.sql.number("SELECT count(*) FROM contest_entry WHERE contest_id = ?", contest));

    Reply ended = first.api.postJson("/api/contests/" + contest + "/end", liaison, "");
    assertEquals(200, ended.status(), ended.text());

    // Posted after the end (the report's own time): no entry, though the contest is still in its grace period.
    Reply after = share(second, token, seed.item("After the contest", Duration.ofDays(3)), text);
    assertEquals(0, entries(after), after.text());
    assertEquals(1, first.sql.number("SELECT count(*) FROM contest_entry WHERE contest_id = ?", contest));
  }
}
