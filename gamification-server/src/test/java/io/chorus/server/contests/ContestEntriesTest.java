package io.chorus.server.contests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Parallel;
import io.chorus.server.support.Seed;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.chorus.shared.sse.SseEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("Contest entries: own posts and shares carrying the hashtag, once each, for eligible people, within the window or its grace")
class ContestEntriesTest {
  private static TestNode node;
  private static ContestWorld world;
  private static Seed seed;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "contest_entries");
    world = new ContestWorld(node);
    seed = new Seed(node);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static String person(String name) {
    return node.signIn(seed.employee(name));
  }

  @Test
  @DisplayName("An own post with the tag as X writes it (any case, ＃, NFC) enters once, earns contest points, and no company points")
  void ownPostEntersOnce() {
    String tag = "Café" + ContestWorld.freshTag();
    long id = world.live(ContestWorld.draft(tag).put("pointsPerEntry", 7));
    String anna = person("Anna Own");
    long companyPointsBefore = allTime(anna);
    String key = Api.newKey();
    // Decomposed é and full-width sign: the same tag as the networks compare tags.
    String text = "Our new office! \uFF03" + tag.replace("é", "e\u0301").toUpperCase() + " come see";

    Reply first = world.ownPost(anna, text, Instant.now(), key);
    Reply replay = node.api.postJson("/api/contest-entries", anna, new JsonObject().put("network", "x")
        .put("text", text).encode(), "Idempotency-Key", key);

    assertEquals(201, first.status(), first.text());
    assertEquals(id, first.json().getLong("contestId"));
    assertEquals(7, first.json().getLong("points"));
    assertEquals(422, replay.status(), "the same key with another body: " + replay.text());
    assertEquals("Anna Own:7:1", ContestWorld.rows(world.board(id, node.screenToken())));
    assertEquals(companyPointsBefore, allTime(anna), "contest points stay off the company board");
    JsonObject latest = world.board(id, anna).getJsonArray("latest").getJsonObject(0);
    assertTrue(latest.getBoolean("own"));
    assertEquals("x", latest.getString("network"));
  }

  @Test
  @DisplayName("A retry with the same key and body replays the first answer; the same post URL with a new key is a 409")
  void retriesAndSamePost() {
    String tag = ContestWorld.freshTag();
    long id = world.live(ContestWorld.draft(tag));
    String ben = person("Ben Retry");
    JsonObject body = new JsonObject().put("network", "linkedin")
        .put("postUrl", "https://www.linkedin.com/feed/update/urn:li:activity:7261" + System.nanoTime() % 1_000_000_000L)
        .put("text", "Proud #" + tag);
    String key = Api.newKey();

    Reply first = node.api.postJson("/api/contest-entries", ben, body.encode(), "Idempotency-Key", key);
    Reply again = node.api.postJson("/api/contest-entries", ben, body.encode(), "Idempotency-Key", key);
    String before = world.footprint();
    Reply newKey = node.api.postJson("/api/contest-entries", ben, body.encode(), "Idempotency-Key", Api.newKey());

    assertEquals(201, first.status(), first.text());
    assertEquals(first.json(), again.json());
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
    assertEquals(409, newKey.status(), newKey.text());
    assertEquals("post_already_reported", newKey.errorCode());
    assertEquals(before, world.footprint());
    assertEquals("Ben Retry:10:1", ContestWorld.rows(world.board(id, ben)));
  }

  @Test
  @DisplayName("No live contest's tag in the text, a tag inside a URL or glued to a word: 422 no_live_contest, nothing kept")
  void noTagNoEntry() {
    String tag = ContestWorld.freshTag();
    world.live(ContestWorld.draft(tag));
    String cleo = person("Cleo Nothing");
    String before = world.footprint();
    for (String text : new String[] {"Nice day", "See https://example.com/#" + tag, "word#" + tag,
        "#" + tag + "extra"}) {
      Reply r = world.ownPost(cleo, text);
      assertEquals(422, r.status(), text + ": " + r.text());
      assertEquals("no_live_contest", r.errorCode());
    }
    assertEquals(before, world.footprint());
  }

  @Test
  @DisplayName("Only eligible people enter: a contest for one office refuses others (and says so in their list)")
  void eligibility() throws Exception {
    String tag = ContestWorld.freshTag();
    long amsterdam = node.sql.number("SELECT id FROM office WHERE name = 'Amsterdam'");
    long id = world.live(ContestWorld.draft(tag).put("offices", new JsonArray().add(new JsonObject().put("id", amsterdam))));
    String riga = person("Dora Riga");
    String sanne = node.signIn("sanne@acme.example");

    Reply refused = world.ownPost(riga, "Hello #" + tag);
    Reply entered = world.ownPost(sanne, "Hallo #" + tag);

    assertEquals(422, refused.status(), refused.text());
    assertEquals("no_live_contest", refused.errorCode());
    assertEquals(201, entered.status(), entered.text());
    JsonObject mineRiga = find(node.api.get("/api/me/contests", riga).json().getJsonArray("contests"), id);
    JsonObject mineSanne = find(node.api.get("/api/me/contests", sanne).json().getJsonArray("contests"), id);
    assertEquals(false, mineRiga.getBoolean("eligible"));
    assertEquals(true, mineSanne.getBoolean("eligible"));
    assertEquals(1, mineSanne.getLong("myEntries"));
    assertEquals(1, mineSanne.getInteger("myRank"));
    assertEquals(0, mineRiga.getInteger("myRank"));
  }

  @Test
  @DisplayName("The per-day cap: with 2 a day, the third post of the day is a 422 contest_daily_cap and changes nothing")
  void perDayCap() {
    String tag = ContestWorld.freshTag();
    long id = world.live(ContestWorld.draft(tag).put("maxEntriesPerDay", 2));
    String eve = person("Eve Cap");

    assertEquals(201, world.ownPost(eve, "one #" + tag).status());
    assertEquals(201, world.ownPost(eve, "two #" + tag).status());
    String before = world.footprint();
    Reply third = world.ownPost(eve, "three #" + tag);

    assertEquals(422, third.status(), third.text());
    assertEquals("contest_daily_cap", third.errorCode());
    assertEquals(before, world.footprint());
    assertEquals("Eve Cap:20:2", ContestWorld.rows(world.board(id, eve)));
  }

  @Test
  @DisplayName("A bad own-post report is a 400 naming the field (or the missing key), and keeps nothing")
  void badReports() {
    String tag = ContestWorld.freshTag();
    world.live(ContestWorld.draft(tag));
    String kim = person("Kim Bad");
    String before = world.footprint();
    String[][] cases = {
        {"{\"network\":\"x\"}", "text"},
        {"{\"network\":\"facebook\",\"text\":\"#" + tag + "\"}", "network"},
        {"{\"network\":\"x\",\"text\":\"#" + tag + "\",\"postUrl\":\"https://evil.example/status/1\"}", "postUrl"},
        {"{\"network\":\"x\",\"text\":\"#" + tag + "\",\"postedAt\":-5}", "postedAt"},
        {"{\"network\":\"x\",\"text\":\"#" + tag + "\",\"contestId\":1}", "contestId"},
        {"{\"network\":\"x\",\"text\":\"#" + tag + " \\u0007\"}", "text"}};
    for (String[] c : cases) {
      Reply r = node.api.postJson("/api/contest-entries", kim, c[0], "Idempotency-Key", Api.newKey());
      assertEquals(400, r.status(), c[0] + ": " + r.text());
      assertEquals(c[1], r.json().getJsonObject("error").getString("field"), c[0]);
    }
    Reply noKey = node.api.postJson("/api/contest-entries", kim,
        new JsonObject().put("network", "x").put("text", "#" + tag).encode());
    assertEquals(400, noKey.status(), noKey.text());
    Reply screen = node.api.postJson("/api/contest-entries", node.screenToken(),
        new JsonObject().put("network", "x").put("text", "#" + tag).encode(), "Idempotency-Key", Api.newKey());
    assertEquals(403, screen.status(), screen.text());
    assertEquals(before, world.footprint());
  }

  @Test
  @DisplayName("Ten posts of one person at once against a cap of 3 a day: exactly 3 count, the rest are 422 contest_daily_cap")
  void capUnderConcurrency() throws Exception {
    String tag = ContestWorld.freshTag();
    long id = world.live(ContestWorld.draft(tag).put("maxEntriesPerDay", 3));
    String jay = person("Jay Parallel");
    Api http1 = Api.http1(node.url());
    List<Integer> statuses = Parallel.run(10, i -> http1.postJson("/api/contest-entries", jay,
        new JsonObject().put("network", "x").put("text", "Parallel " + i + " #" + tag).encode(),
        "Idempotency-Key", Api.newKey()).status());

    assertEquals(3, statuses.stream().filter(st -> st == 201).count(), statuses.toString());
    assertEquals(7, statuses.stream().filter(st -> st == 422).count(), statuses.toString());
    assertEquals("Jay Parallel:30:3", ContestWorld.rows(world.board(id, jay)));
    assertEquals(3, node.sql.number("SELECT count(*) FROM own_post WHERE text LIKE ?", "Parallel % #" + tag));
  }

  @Test
  @DisplayName("The demo's #worksomewhereyoulove contest is live from the first start, for everyone, with its commitment")
  void demoContestLive() {
    String janis = node.signIn("janis@acme.example");
    JsonArray mine = node.api.get("/api/me/contests", janis).json().getJsonArray("contests");
    JsonObject demo = mine.stream().map(o -> (JsonObject) o)
        .filter(c -> c.getString("hashtag").equals("worksomewhereyoulove")).findFirst().orElseThrow();
    assertTrue(demo.getBoolean("eligible"));
    assertTrue(demo.getLong("endsAt") > System.currentTimeMillis());
    JsonObject view = node.api.get("/api/contests/" + demo.getLong("contestId"), node.screenToken()).json();
    assertEquals("live", view.getString("status"));
    assertTrue(view.getString("commitment").matches("[0-9a-f]{64}"), view.encode());
  }

  @Test
  @DisplayName("A post made before the start, or reported after the grace period, does not count; one reported late within it does")
  void windowAndGrace() throws Exception {
    String tag = ContestWorld.freshTag();
    long id = world.live(ContestWorld.draft(tag));
    String fay = person("Fay Late");
    Instant startedAt = Instant.ofEpochMilli(node.api.get("/api/contests/" + id, fay).json().getLong("startsAt"));
    Instant inside = Instant.now();

    Reply before = world.ownPost(fay, "early #" + tag, startedAt.minus(Duration.ofMinutes(1)), Api.newKey());
    assertEquals(422, before.status(), before.text());

    assertEquals(200, world.post(id, "end").status());
    Reply lateWithinGrace = world.ownPost(fay, "late but made inside #" + tag, inside, Api.newKey());
    Reply madeAfterEnd = world.ownPost(fay, "after the end #" + tag, Instant.now(), Api.newKey());
    assertEquals(201, lateWithinGrace.status(), lateWithinGrace.text());
    assertEquals(422, madeAfterEnd.status(), madeAfterEnd.text());
    assertEquals("provisional", node.api.get("/api/contests/" + id + "/results", fay).json().getString("status"));

    // The grace period runs out (its end moved back by the test): the results turn final, late reports stop.
    node.sql.update("UPDATE contest SET ends_at = now() - interval '25 hours', starts_at = now() - interval '26 hours' "
        + "WHERE id = ?", id);
    // One tick: it is a pass that reads the contest after the change, even when the node's own timer had
    // one under way that read it before.
    TestNode.await(node.node.services().contests().tick());
    assertEquals("final", node.api.get("/api/contests/" + id + "/results", fay).json().getString("status"),
        "the results turn final once the grace has run out");
    Reply pastGrace = world.ownPost(fay, "much later #" + tag, Instant.now().minus(Duration.ofHours(25).plusMinutes(10)),
        Api.newKey());
    assertEquals(422, pastGrace.status(), pastGrace.text());
    assertEquals("final", node.api.get("/api/contests/" + id + "/results", fay).json().getString("status"));
    assertEquals("Fay Late:10:1", ContestWorld.rows(world.board(id, fay)));
  }

  @Test
  @DisplayName("A share whose posted text carries the tag enters the contest (once); each unique click on its link adds points_per_click")
  void sharesAndClicks() throws Exception {
    String tag = ContestWorld.freshTag();
    long id = world.live(ContestWorld.draft(tag).put("pointsPerEntry", 5).put("pointsPerClick", 2));
    String gus = person("Gus Share");
    long item = seed.item("Contest item " + tag, Duration.ofHours(1));

    Reply share = node.api.report(gus, Api.newKey(), new JsonObject().put("contentId", item).put("network", "linkedin")
        .put("postedText", "Read this #" + tag));
    Reply other = node.api.report(gus, Api.newKey(), new JsonObject().put("contentId", item).put("network", "x")
        .put("postedText", "Read this, no tag"));
    assertEquals(201, share.status(), share.text());
    assertEquals(201, other.status(), other.text());
    assertEquals("Gus Share:5:1", ContestWorld.rows(world.board(id, gus)));

    HttpClient http = HttpClient.newHttpClient();
    String link = share.json().getString("trackedUrl").replace("localhost", "127.0.0.1");
    for (int i = 0; i < 2; i++) {
      http.send(HttpRequest.newBuilder(URI.create(link)).header("User-Agent",
          "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36").build(),
          HttpResponse.BodyHandlers.discarding());
    }
    assertTrue(Waits.until(() -> "Gus Share:7:1".equals(ContestWorld.rows(world.board(id, gus))), Duration.ofSeconds(5)),
        "one visitor, one contest click: " + ContestWorld.rows(world.board(id, gus)));
  }

  @Test
  @DisplayName("Voiding a share takes its contest entry and points off the contest's board; the company board is as the void leaves it")
  void voidedShareLeavesTheContest() {
    String tag = ContestWorld.freshTag();
    long id = world.live(ContestWorld.draft(tag).put("pointsPerEntry", 6));
    String lea = person("Lea Void");
    long item = seed.item("Void item " + tag, Duration.ofHours(1));
    Reply share = node.api.report(lea, Api.newKey(), new JsonObject().put("contentId", item).put("network", "x")
        .put("postedText", "Look #" + tag));
    assertEquals(201, share.status(), share.text());
    assertEquals(201, world.ownPost(lea, "Mine #" + tag).status());
    assertEquals("Lea Void:12:2", ContestWorld.rows(world.board(id, lea)));

    Reply voided = node.api.postJson("/api/shares/" + share.json().getLong("shareId") + "/void", world.liaison,
        new JsonObject().put("reason", "Not really posted").encode());

    assertEquals(200, voided.status(), voided.text());
    assertEquals("Lea Void:6:1", ContestWorld.rows(world.board(id, lea)));
    assertEquals(0, allTime(lea), "the share's own points are reversed as before");
  }

  @Test
  @DisplayName("Suggestions: items whose words or hashtags carry a live contest's tag come first, with contestHashtag set")
  void suggestionsFirst() throws Exception {
    String tag = ContestWorld.freshTag();
    world.live(ContestWorld.draft(tag));
    long item = seed.item("Older contest item " + tag, Duration.ofDays(2));
    node.sql.update("UPDATE content SET hashtags = ARRAY[?] WHERE id = ?", tag.toLowerCase(), item);
    String hal = person("Hal Suggest");

    JsonArray list = node.api.get("/api/suggestions?network=linkedin", hal).json().getJsonArray("suggestions");

    boolean contestPart = true;
    String ours = null;
    for (int i = 0; i < list.size(); i++) {
      JsonObject s = list.getJsonObject(i);
      String contest = s.getString("contestHashtag");
      assertTrue(contestPart || contest == null, "contest items first: " + list.encodePrettily());
      contestPart = contest != null;
      if (s.getLong("contentId") == item) {
        ours = contest;
      }
    }
    assertEquals(tag, ours, list.encodePrettily());
    assertEquals(null, list.getJsonObject(list.size() - 1).getString("contestHashtag"));
  }

  private static long allTime(String token) {
    return node.api.get("/api/me", token).json().getJsonObject("standing").getLong("allTimePoints");
  }

  @Test
  @DisplayName("An own post reaches the company's open screens as a `contest` event with the new board within a second")
  void liveOnTheScreen() throws Exception {
    String tag = ContestWorld.freshTag();
    long id = world.live(ContestWorld.draft(tag));
    String ivy = person("Ivy <b>Live</b>");
    try (SseClient screen = new SseClient(node.url() + "/api/leaderboard/stream", node.screenToken())) {
      assertEquals(200, screen.status());
      assertNotNull(screen.await(e -> e.type().equals("board"), 5, TimeUnit.SECONDS));
      long sent = System.nanoTime();

      assertEquals(201, world.ownPost(ivy, "Live #" + tag).status());
      // The launch's own board (no rows yet) may reach the stream after it opened: wait for the entry's.
      SseEvent event = screen.await(e -> e.type().equals("contest")
          && new JsonObject(e.data()).getLong("contestId") == id
          && !ContestWorld.rows(new JsonObject(e.data())).isEmpty(), 2, TimeUnit.SECONDS);

      assertNotNull(event, "no contest event");
      assertTrue(System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(1), "within a second");
      JsonObject board = new JsonObject(event.data());
      assertEquals("Ivy <b>Live</b>:10:1", ContestWorld.rows(board));
      assertEquals("live", board.getString("status"));
    }
  }

  private static JsonObject find(JsonArray contests, long id) {
    for (int i = 0; i < contests.size(); i++) {
      if (contests.getJsonObject(i).getLong("contestId") == id) {
        return contests.getJsonObject(i);
      }
    }
    throw new AssertionError("contest " + id + " not in " + contests.encode());
  }
}
