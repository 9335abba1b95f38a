package io.chorus.server.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("A share earns its network's points, the 24-hour bonus and the own-words bonus, by the posted time")
class ShareScoringTest {
  private static final String OWN_WORDS = "Honestly the best thing my colleagues built this year, go and see it";
  private static TestNode node;
  private static Seed seed;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "share_scoring");
    seed = new Seed(node);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static JsonObject report(long contentId, String network, String postedText) {
    return new JsonObject().put("contentId", contentId).put("network", network).put("postedText", postedText);
  }

  /** The ledger entries of one share, kind → points. */
  private static Map<String, Long> entries(long shareId) {
    Map<String, Long> out = new TreeMap<>();
    for (String kind : new String[] {"share", "fresh_bonus", "own_words_bonus"}) {
      long n = node.sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ? AND kind = ?", shareId, kind);
      if (n > 0) {
        out.put(kind, node.sql.number("SELECT sum(points) FROM ledger_entry WHERE share_id = ? AND kind = ?",
            shareId, kind));
      }
    }
    return out;
  }

  @Test
  @DisplayName("An item published days ago, in the suggestion's words: 10 points on LinkedIn and 10 on X, base only")
  void basePointsPerNetwork() {
    String email = seed.employee("Base Points");
    String token = node.signIn(email);
    String title = "Our new depot opens";
    long item = seed.item(title, Duration.ofDays(3));

    Reply linkedIn = node.api.report(token, Api.newKey(), report(item, "linkedin", Seed.suggestedText(title)));
    Reply x = node.api.report(token, Api.newKey(), report(item, "x", Seed.suggestedText(title) + " #AcmeEmployee"));

    assertEquals(201, linkedIn.status(), linkedIn.text());
    assertEquals(10, linkedIn.json().getLong("points"));
    assertEquals(Map.of("share", 10L), entries(linkedIn.json().getLong("shareId")));
    assertEquals(201, x.status(), x.text());
    assertEquals(10, x.json().getLong("points"));
    assertEquals(Map.of("share", 10L), entries(x.json().getLong("shareId")));
    assertEquals(20, node.sql.number("SELECT sum(points) FROM share WHERE employee_id = ?", node.employeeId(email)));
  }

  @Test
  @DisplayName("Shared 2 h after publication: +5 fresh bonus (15 in all); 30 h after: no bonus")
  void freshBonusWithin24Hours() {
    String token = node.signIn(seed.employee("Fresh Sharer"));
    long recent = seed.item("Fresh off the press", Duration.ofHours(2));
    long old = seed.item("Yesterday's news", Duration.ofHours(30));

    Reply fresh = node.api.report(token, Api.newKey(), report(recent, "linkedin", null));
    Reply stale = node.api.report(token, Api.newKey(), report(old, "linkedin", null));

    assertEquals(15, fresh.json().getLong("points"), fresh.text());
    assertEquals(Map.of("share", 10L, "fresh_bonus", 5L), entries(fresh.json().getLong("shareId")));
    assertEquals(10, stale.json().getLong("points"), stale.text());
    assertEquals(Map.of("share", 10L), entries(stale.json().getLong("shareId")));
  }

  @Test
  @DisplayName("A report that waited in the outbox keeps its posted time: posted 2 h after publication, reported a day later, still fresh")
  void lateReportKeepsItsPostedTime() {
    String token = node.signIn(seed.employee("Offline Sharer"));
    long item = seed.item("Published yesterday", Duration.ofHours(30));
    long publishedAt = Instant.now().minus(Duration.ofHours(30)).toEpochMilli();
    long postedAt = publishedAt + Duration.ofHours(2).toMillis();

    Reply r = node.api.report(token, Api.newKey(), report(item, "x", null).put("postedAt", postedAt));

    assertEquals(201, r.status(), r.text());
    assertEquals(15, r.json().getLong("points"));
    long stored = node.sql.number("SELECT (extract(epoch FROM posted_at) * 1000)::bigint FROM share WHERE id = ?",
        r.json().getLong("shareId"));
    assertEquals(postedAt, stored);
  }

  @Test
  @DisplayName("The suggestion's words (or a comma changed) earn no own-words bonus; five new words of one's own earn +5")
  void ownWordsBonus() {
    String token = node.signIn(seed.employee("Own Words"));
    String title = "Robots in the rain";
    long item = seed.item(title, Duration.ofDays(2));

    Reply same = node.api.report(token, Api.newKey(),
        report(item, "linkedin", Seed.suggestedText(title).replace(" on ", ", on ") + " https://acme.example/r #AcmeEmployee"));
    Reply own = node.api.report(token, Api.newKey(), report(item, "x", OWN_WORDS + " #AcmeEmployee"));

    assertEquals(10, same.json().getLong("points"), same.text());
    assertEquals(Map.of("share", 10L), entries(same.json().getLong("shareId")));
    assertEquals(15, own.json().getLong("points"), own.text());
    assertEquals(Map.of("share", 10L, "own_words_bonus", 5L), entries(own.json().getLong("shareId")));
  }

  @Test
  @DisplayName("A posted time more than 5 minutes in the future is refused (400 invalid_field) and changes nothing")
  void futurePostedAtIsRefused() {
    String token = node.signIn(seed.employee("Time Traveller"));
    long item = seed.item("From the future", Duration.ofDays(2));
    String footprint = node.sql.footprint();
    long links = node.sql.number("SELECT count(*) FROM tracked_link");

    Reply r = node.api.report(token, Api.newKey(), report(item, "linkedin", null)
        .put("postedAt", Instant.now().plus(Duration.ofMinutes(10)).toEpochMilli()));

    assertEquals(400, r.status(), r.text());
    assertEquals("invalid_field", r.errorCode());
    assertTrue(r.json().getJsonObject("error").getString("message").contains("postedAt"), r.text());
    assertEquals(footprint, node.sql.footprint());
    assertEquals(links, node.sql.number("SELECT count(*) FROM tracked_link"));
  }

  @Test
  @DisplayName("A posted time a month ago counts as 7 days ago (no filling old streak gaps), and earns no fresh bonus")
  void oldPostedAtIsClampedToSevenDays() {
    String token = node.signIn(seed.employee("Backdater"));
    long item = seed.item("Last month's story", Duration.ofDays(31));

    Reply r = node.api.report(token, Api.newKey(), report(item, "linkedin", null)
        .put("postedAt", Instant.now().minus(Duration.ofDays(30)).plus(Duration.ofHours(1)).toEpochMilli()));

    assertEquals(201, r.status(), r.text());
    assertEquals(10, r.json().getLong("points"), "a month-old post is not 'within 24 h' of anything");
    long secondsAgo = node.sql.number("SELECT extract(epoch FROM now() - posted_at)::bigint FROM share WHERE id = ?",
        r.json().getLong("shareId"));
    assertTrue(Math.abs(secondsAgo - Duration.ofDays(7).toSeconds()) < 120, "posted " + secondsAgo + " s ago");
  }

  @Test
  @DisplayName("A replay returns the first answer: same share, points, bonuses, tracked link and new badges")
  void replayReturnsTheFirstAnswer() {
    String token = node.signIn(seed.employee("Replayer"));
    long item = seed.item("Worth sharing twice", Duration.ofHours(1));
    JsonObject body = report(item, "linkedin", OWN_WORDS);
    String key = Api.newKey();

    Reply first = node.api.report(token, key, body);
    Reply again = node.api.report(token, key, body);

    assertEquals(201, first.status(), first.text());
    assertEquals(20, first.json().getLong("points"), "10 + fresh 5 + own words 5");
    assertTrue(first.json().getString("trackedUrl").matches("http://localhost:\\d+/r/[A-Za-z0-9]{10}"), first.text());
    assertTrue(first.json().getJsonArray("newBadges").contains("first-share"), first.text());
    assertEquals(201, again.status());
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
    for (String field : new String[] {"shareId", "contentId", "network", "points", "trackedUrl", "newBadges"}) {
      assertEquals(first.json().getValue(field), again.json().getValue(field), field);
    }
    assertEquals(3, node.sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ?",
        first.json().getLong("shareId")));
  }
}
