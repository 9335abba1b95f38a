package io.chorus.server.contests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.console.ConsoleClient;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("Contests through the API: a liaison creates, edits, schedules, launches and ends; bad input changes nothing")
class ContestApiTest {
  private static TestNode node;
  private static ContestWorld world;
  private static String employee;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "contest_api");
    world = new ContestWorld(node);
    employee = node.signIn("janis@acme.example");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  @DisplayName("A draft is created with the company's time zone and instants; launching publishes the draw's commitment")
  void createAndLaunch() {
    String tag = ContestWorld.freshTag();
    Reply created = world.create(ContestWorld.draft(tag).put("maxEntriesPerDay", 2).put("drawWinners", 3));
    assertEquals(201, created.status(), created.text());
    JsonObject view = created.json();
    assertEquals("draft", view.getString("status"));
    assertEquals(tag, view.getString("hashtag"));
    assertEquals("Europe/Riga", view.getString("timeZone"));
    assertEquals(24, view.getInteger("graceHours"));
    assertEquals(view.getLong("endsAt") + 24 * 3_600_000L, view.getLong("graceEndsAt"));
    assertNull(view.getString("commitment"));

    Reply launched = world.post(view.getLong("id"), "launch");

    assertEquals(200, launched.status(), launched.text());
    assertEquals("live", launched.json().getString("status"));
    assertTrue(launched.json().getString("commitment").matches("[0-9a-f]{64}"), launched.text());
    assertTrue(Math.abs(launched.json().getLong("startsAt") - System.currentTimeMillis()) < 60_000);
  }

  @Test
  @DisplayName("Employees and screens of the company read a live contest and its board; a draft is a 404 to them")
  void whoReadsWhat() {
    long draft = world.created(ContestWorld.draft(ContestWorld.freshTag()));
    long live = world.live(ContestWorld.draft(ContestWorld.freshTag()));

    assertEquals(404, node.api.get("/api/contests/" + draft, employee).status());
    assertEquals(200, node.api.get("/api/contests/" + draft, world.liaison).status());
    assertEquals(200, node.api.get("/api/contests/" + live, employee).status());
    assertEquals(200, node.api.get("/api/contests/" + live + "/board", node.screenToken()).status());
    Reply results = node.api.get("/api/contests/" + live + "/results", node.screenToken());
    assertEquals("provisional", results.json().getString("status"), results.text());
    assertNull(results.json().getString("seed"));
  }

  @Test
  @DisplayName("An employee or a screen cannot create, launch or end a contest: 403, nothing changes")
  void onlyLiaisonsWrite() {
    long live = world.live(ContestWorld.draft(ContestWorld.freshTag()));
    String before = world.footprint();

    Reply byEmployee = node.api.postJson("/api/contests", employee, ContestWorld.draft(ContestWorld.freshTag()).encode());
    Reply endByEmployee = node.api.postJson("/api/contests/" + live + "/end", employee, "");
    Reply endByScreen = node.api.postJson("/api/contests/" + live + "/end", node.screenToken(), "");

    assertEquals(403, byEmployee.status(), byEmployee.text());
    assertEquals(403, endByEmployee.status());
    assertEquals(403, endByScreen.status());
    assertEquals(before, world.footprint());
  }

  @Test
  @DisplayName("An invalid hashtag is a 400 naming 'hashtag' and creates nothing")
  void invalidHashtag() {
    String before = world.footprint();
    for (String bad : List.of("#two words", "#2026", "#tag#two", "#", "#\uFE0F\u20E3", "#a-b")) {
      Reply r = world.create(ContestWorld.draft("x").put("hashtag", bad));
      assertEquals(400, r.status(), bad + ": " + r.text());
      assertEquals("hashtag", r.json().getJsonObject("error").getString("field"), bad);
    }
    assertEquals(before, world.footprint());
  }

  @Test
  @DisplayName("An end before the start is a 400 naming 'ends'; a day that does not exist names 'starts'")
  void endBeforeStart() {
    String before = world.footprint();
    Reply backwards = world.create(ContestWorld.draft(ContestWorld.freshTag()).put("starts", "2027-03-10T10:00")
        .put("ends", "2027-03-09T10:00"));
    Reply noSuchDay = world.create(ContestWorld.draft(ContestWorld.freshTag()).put("starts", "2027-02-30T10:00")
        .put("ends", "2027-03-09T10:00"));

    assertEquals(400, backwards.status(), backwards.text());
    assertEquals("ends", backwards.json().getJsonObject("error").getString("field"));
    assertEquals(400, noSuchDay.status(), noSuchDay.text());
    assertEquals("starts", noSuchDay.json().getJsonObject("error").getString("field"));
    assertEquals(before, world.footprint());
  }

  @Test
  @DisplayName("Scheduling a contest whose start has passed is a 400 naming 'starts'; it stays a draft")
  void scheduleInThePast() {
    long id = world.created(ContestWorld.draft(ContestWorld.freshTag()));
    String before = world.footprint();

    Reply r = world.post(id, "schedule");

    assertEquals(400, r.status(), r.text());
    assertEquals("starts", r.json().getJsonObject("error").getString("field"));
    assertEquals(before, world.footprint());
    assertEquals("draft", node.api.get("/api/contests/" + id, world.liaison).json().getString("status"));
  }

  @Test
  @DisplayName("The same hashtag (in any case, with ＃) in an overlapping window of a live contest: 409 hashtag_taken")
  void overlappingHashtag() {
    String tag = ContestWorld.freshTag();
    world.live(ContestWorld.draft(tag));
    long later = world.created(ContestWorld.draft(tag.toUpperCase()).put("hashtag", "\uFF03" + tag.toUpperCase())
        .put("starts", ContestWorld.local(Instant.now().plus(Duration.ofHours(2))))
        .put("ends", ContestWorld.local(Instant.now().plus(Duration.ofDays(3)))));
    long afterwards = world.created(ContestWorld.draft(tag)
        .put("starts", ContestWorld.local(Instant.now().plus(Duration.ofDays(2))))
        .put("ends", ContestWorld.local(Instant.now().plus(Duration.ofDays(3)))));
    String before = world.footprint();

    Reply schedule = world.post(later, "schedule");
    Reply launch = world.post(later, "launch");

    assertEquals(409, schedule.status(), schedule.text());
    assertEquals("hashtag_taken", schedule.errorCode());
    assertEquals("hashtag", schedule.json().getJsonObject("error").getString("field"));
    assertEquals(409, launch.status(), launch.text());
    assertEquals(before, world.footprint());
    Reply free = world.post(afterwards, "schedule");
    assertEquals(200, free.status(), "a window after the live one's end is free: " + free.text());
    assertEquals("scheduled", free.json().getString("status"));
  }

  @Test
  @DisplayName("Once live, the hashtag, the start and the scoring are locked (409 contest_locked naming the field); the name may change")
  void lockedOnceLive() {
    JsonObject draft = ContestWorld.draft(ContestWorld.freshTag());
    long id = world.live(draft);
    JsonObject now = node.api.get("/api/contests/" + id, world.liaison).json();
    JsonObject asIs = editable(now);
    String before = world.footprint();

    for (String[] change : new String[][] {{"hashtag", "#Other" + ContestWorld.freshTag()},
        {"starts", ContestWorld.local(Instant.now().minus(Duration.ofDays(1)))}}) {
      Reply r = node.api.putJson("/api/contests/" + id, world.liaison, asIs.copy().put(change[0], change[1]).encode());
      assertEquals(409, r.status(), r.text());
      assertEquals("contest_locked", r.errorCode());
      assertEquals(change[0], r.json().getJsonObject("error").getString("field"));
    }
    Reply points = node.api.putJson("/api/contests/" + id, world.liaison, asIs.copy().put("pointsPerEntry", 50).encode());
    assertEquals(409, points.status(), points.text());
    assertEquals("pointsPerEntry", points.json().getJsonObject("error").getString("field"));
    assertEquals(before, world.footprint());

    Reply renamed = node.api.putJson("/api/contests/" + id, world.liaison,
        asIs.copy().put("name", "Renamed <b>live</b>").put("hashtag", "#" + now.getString("hashtag").toUpperCase())
            .encode());
    assertEquals(200, renamed.status(), renamed.text());
    assertEquals("Renamed <b>live</b>", renamed.json().getString("name"));
  }

  @Test
  @DisplayName("Another company's contest is a 404 for every route, and changes nothing")
  void otherCompany() throws Exception {
    long id = world.live(ContestWorld.draft(ContestWorld.freshTag()));
    long company = node.sql.number("INSERT INTO company (slug, name) VALUES ('globex', 'Globex') RETURNING id");
    node.sql.update("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "SELECT ?, 'hank@globex.example', 'Hank', 'liaison', password_hash FROM employee "
        + "WHERE email = 'janis@acme.example'", company);
    String hank = node.signIn("hank@globex.example");
    String before = world.footprint();

    assertEquals("contest_not_found", node.api.get("/api/contests/" + id, hank).errorCode());
    assertEquals(404, node.api.get("/api/contests/" + id + "/board", hank).status());
    assertEquals(404, node.api.get("/api/contests/" + id + "/results", hank).status());
    assertEquals(404, node.api.get("/api/contests/" + id + "/entrants.csv", hank).status());
    assertEquals(404, node.api.postJson("/api/contests/" + id + "/end", hank, "").status());
    assertEquals(404, node.api.putJson("/api/contests/" + id, hank,
        ContestWorld.draft(ContestWorld.freshTag()).encode()).status());
    assertTrue(node.api.get("/api/liaison/contests", hank).json().getJsonArray("items").isEmpty());
    assertEquals(before, world.footprint());
    assertEquals("live", node.api.get("/api/contests/" + id, world.liaison).json().getString("status"));
  }

  @Test
  @DisplayName("Offices and teams must be the company's: another's office id is a 404 naming 'offices'")
  void foreignOffice() throws Exception {
    long company = node.sql.number("INSERT INTO company (slug, name) VALUES ('initrode', 'Initrode') RETURNING id");
    long office = node.sql.number("INSERT INTO office (company_id, name) VALUES (?, 'Elsewhere') RETURNING id", company);
    String before = world.footprint();

    Reply r = world.create(ContestWorld.draft(ContestWorld.freshTag())
        .put("offices", new JsonArray().add(new JsonObject().put("id", office))));

    assertEquals(404, r.status(), r.text());
    assertEquals("offices", r.json().getJsonObject("error").getString("field"));
    assertEquals(before, world.footprint());
  }

  @Test
  @DisplayName("The liaison's list pages newest first with a cursor; each contest appears once")
  void paging() {
    List<Long> made = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      made.add(world.created(ContestWorld.draft(ContestWorld.freshTag())));
    }
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    do {
      Reply page = node.api.get("/api/liaison/contests?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
          world.liaison);
      assertEquals(200, page.status(), page.text());
      page.json().getJsonArray("items").forEach(o -> seen.add(((JsonObject) o).getLong("id")));
      cursor = page.json().getString("next");
    } while (cursor != null);
    assertEquals(seen.stream().distinct().count(), seen.size());
    assertTrue(seen.containsAll(made));
    assertEquals(made.get(2), seen.get(0), "newest first");
    assertEquals(403, node.api.get("/api/liaison/contests", employee).status());
  }

  @Test
  @DisplayName("Ending a live contest moves its end to now and starts the grace period; ending it again is a 409")
  void endEarly() {
    long id = world.live(ContestWorld.draft(ContestWorld.freshTag()));

    Reply ended = world.post(id, "end");
    Reply again = world.post(id, "end");

    assertEquals(200, ended.status(), ended.text());
    assertEquals("ended", ended.json().getString("status"));
    assertTrue(Math.abs(ended.json().getLong("endsAt") - System.currentTimeMillis()) < 60_000);
    assertEquals(409, again.status());
    assertEquals("contest_state", again.errorCode());
    assertFalse(node.api.get("/api/contests/" + id + "/results", employee).json().getBoolean("drewAll"));
    assertNotNull(node.api.get("/api/contests/" + id + "/results", employee).json().getString("commitment"));
  }

  @Test
  @DisplayName("Steps from the wrong state are 409 contest_state; an ended contest no longer changes; unknown fields name themselves")
  void wrongStates() {
    long live = world.live(ContestWorld.draft(ContestWorld.freshTag()));
    long draft = world.created(ContestWorld.draft(ContestWorld.freshTag()));
    long ended = world.live(ContestWorld.draft(ContestWorld.freshTag()));
    assertEquals(200, world.post(ended, "end").status());
    JsonObject endedView = node.api.get("/api/contests/" + ended, world.liaison).json();
    String before = world.footprint();

    Reply scheduleLive = world.post(live, "schedule");
    Reply endDraft = world.post(draft, "end");
    Reply launchEnded = world.post(ended, "launch");
    Reply editEnded = node.api.putJson("/api/contests/" + ended, world.liaison,
        editable(endedView).put("name", "Too late")
            .put("ends", ContestWorld.local(Instant.now().plus(Duration.ofDays(1)))).encode());
    Reply unknown = world.create(ContestWorld.draft(ContestWorld.freshTag()).put("prizeMoney", 100));
    Reply notJson = node.api.postJson("/api/contests", world.liaison, "{\"name\": ");

    for (Reply r : List.of(scheduleLive, endDraft, launchEnded, editEnded)) {
      assertEquals(409, r.status(), r.text());
      assertEquals("contest_state", r.errorCode());
    }
    assertEquals(400, unknown.status(), unknown.text());
    assertEquals("prizeMoney", unknown.json().getJsonObject("error").getString("field"));
    assertEquals(400, notJson.status(), notJson.text());
    assertEquals(before, world.footprint());
  }

  @Test
  @DisplayName("From the console: the cookie session with its CSRF header creates and launches; without the header, 403 and nothing changes")
  void fromTheConsole() {
    ConsoleClient console = new ConsoleClient(node.url());
    assertEquals(200, console.signIn("liga@acme.example").status());
    String before = world.footprint();

    Reply forged = console.changeWith("POST", "/api/contests", ContestWorld.draft(ContestWorld.freshTag()).encode(),
        "Sec-Fetch-Site", "same-origin", "Origin", node.url());
    assertEquals(403, forged.status(), forged.text());
    assertEquals("csrf_token_invalid", forged.errorCode());
    assertEquals(before, world.footprint());

    Reply created = console.change("POST", "/api/contests", ContestWorld.draft(ContestWorld.freshTag()).encode());
    assertEquals(201, created.status(), created.text());
    Reply launched = console.change("POST", "/api/contests/" + created.json().getLong("id") + "/launch", null);
    assertEquals(200, launched.status(), launched.text());
    assertEquals("live", launched.json().getString("status"));
    Reply list = console.get("/api/liaison/contests?limit=1");
    assertEquals(created.json().getLong("id"), list.json().getJsonArray("items").getJsonObject(0).getLong("id"));
  }

  /** The fields of a view that a PUT takes, as the console's form would send them back. */
  static JsonObject editable(JsonObject view) {
    JsonObject out = new JsonObject();
    for (String f : List.of("name", "hashtag", "description", "rules", "starts", "ends", "offices", "teams",
        "countsShares", "countsOwnPosts", "pointsPerEntry", "pointsPerClick", "maxEntriesPerDay", "prizeTopN",
        "drawWinners", "drawMinEntries", "graceHours")) {
      if (view.containsKey(f)) {
        out.put(f, view.getValue(f));
      }
    }
    return out;
  }
}
