package io.chorus.server.library;

import static io.chorus.server.library.LibraryWorld.draft;
import static io.chorus.server.library.LibraryWorld.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.console.ConsoleClient;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content library on the real PostgreSQL and a real node, in a company of the test's own: drafts,
 * approval, versions that shares keep, targets, the publish window, archiving, the paged list, and
 * refusals that name their field and change nothing.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Content library: draft → approved → archived, versions, targets, windows, refusals")
class LibraryTest {
  private static TestNode node;
  private static LibraryWorld world;
  private static String ruta;
  private static String pieter;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "library");
    world = new LibraryWorld(node, "initech");
    ruta = node.signIn(world.person("Ruta", "employee", "Riga", "Sales", "lv"));
    pieter = node.signIn(world.person("Pieter", "employee", "Amsterdam", "Engineering", "nl"));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static List<String> suggested(String token, String network) {
    Reply r = node.api.get("/api/suggestions?network=" + network + "&limit=20", token);
    assertEquals(200, r.status(), r.text());
    return r.json().getJsonArray("suggestions").stream().map(o -> ((JsonObject) o).getString("title")).toList();
  }

  private static String footprint() {
    return "items=" + node.sql.number("SELECT count(*) FROM content")
        + " texts=" + node.sql.number("SELECT count(*) FROM content_variant")
        + " versions=" + node.sql.number("SELECT count(*) FROM content_version")
        + " targets=" + node.sql.number("SELECT (SELECT count(*) FROM content_office) + (SELECT count(*) FROM content_team)");
  }

  @Test
  @DisplayName("A draft is never suggested; approved, it is, on each network it has words for")
  void draftThenApproved() {
    Reply created = world.create(draft("Draft news").put("xText", null));
    assertEquals(201, created.status(), created.text());
    assertEquals("draft", created.json().getString("status"));
    assertEquals(1, created.json().getInteger("version"));
    assertFalse(created.json().getBoolean("live"));
    long id = created.json().getLong("id");
    assertFalse(suggested(ruta, "linkedin").contains("Draft news"));

    Reply approved = node.api.postJson("/api/library/items/" + id + "/approve", world.liaison, "");

    assertEquals(200, approved.status(), approved.text());
    assertEquals("approved", approved.json().getString("status"));
    assertTrue(approved.json().getBoolean("live"));
    assertTrue(suggested(ruta, "linkedin").contains("Draft news"));
    assertFalse(suggested(ruta, "x").contains("Draft news"), "no X words, so not offered on X");
  }

  @Test
  @DisplayName("X words over 280 weighted characters (with link and hashtags) are refused, naming xText and 280")
  void xLimit() {
    String before = footprint();
    // 250 CJK characters weigh 500 on X.
    Reply r = world.create(draft("Too long").put("xText", "字".repeat(250)));

    assertEquals(400, r.status(), r.text());
    assertEquals("invalid_field", r.errorCode());
    assertEquals("xText", r.json().getJsonObject("error").getString("field"));
    assertTrue(r.json().getJsonObject("error").getString("message").contains("X allows 280"), r.text());
    assertEquals(before, footprint());

    // 257 + space + the link's 23 = 281: one over, as X counts.
    Reply oneOver = world.create(draft("One over").put("xText", "a".repeat(257)).put("hashtags", List.of()));
    assertEquals("xText", oneOver.json().getJsonObject("error").getString("field"), oneOver.text());
    Reply fits = world.create(draft("Just fits").put("xText", "a".repeat(256)).put("hashtags", List.of()));
    assertEquals(201, fits.status(), fits.text());

    Reply linkedIn = world.create(draft("Long LinkedIn").put("linkedinText", "b".repeat(3001)));
    assertEquals("linkedinText", linkedIn.json().getJsonObject("error").getString("field"), linkedIn.text());
    assertTrue(linkedIn.json().getJsonObject("error").getString("message").contains("LinkedIn allows 3000"));
  }

  @Test
  @DisplayName("New words on an approved item make version 2; a share made before keeps version 1, one after has 2")
  void versions() {
    long id = world.approved(draft("Versioned"));
    Reply first = node.api.report(ruta, Api.newKey(), new JsonObject().put("contentId", id).put("network", "linkedin"));
    assertEquals(201, first.status(), first.text());

    Reply edited = node.api.putJson("/api/library/items/" + id, world.liaison,
        draft("Versioned").put("linkedinText", "New words for the same news.").encode());
    assertEquals(200, edited.status(), edited.text());
    assertEquals(2, edited.json().getInteger("version"));
    assertEquals("approved", edited.json().getString("status"));
    Reply second = node.api.report(pieter, Api.newKey(), new JsonObject().put("contentId", id).put("network", "linkedin"));
    assertEquals(201, second.status(), second.text());

    assertEquals(1, node.sql.number("SELECT content_version FROM share WHERE id = ?", first.json().getLong("shareId")));
    assertEquals(2, node.sql.number("SELECT content_version FROM share WHERE id = ?", second.json().getLong("shareId")));
    assertEquals("About Versioned, in our own words.",
        node.sql.text("SELECT linkedin_text FROM content_version WHERE content_id = ? AND version = 1", id));
    assertEquals("New words for the same news.",
        node.sql.text("SELECT linkedin_text FROM content_version WHERE content_id = ? AND version = 2", id));

    Reply topicsOnly = node.api.putJson("/api/library/items/" + id, world.liaison,
        draft("Versioned").put("linkedinText", "New words for the same news.").put("topics", List.of("Hiring")).encode());
    assertEquals(2, topicsOnly.json().getInteger("version"), "topics are not words: no new version");
    assertEquals(List.of("Hiring"), topicsOnly.json().getJsonObject("item").getJsonArray("topics").getList());
  }

  @Test
  @DisplayName("An item for an office or a team reaches only the people in it; one with none reaches everyone")
  void targets() {
    world.approved(draft("For Riga").put("offices", places(world.office("Riga"))));
    world.approved(draft("For Engineering").put("teams", places(world.team("Engineering"))));
    world.approved(draft("For Riga Engineering").put("offices", places(world.office("Riga")))
        .put("teams", places(world.team("Engineering"))));
    world.approved(draft("For everyone"));

    List<String> forRuta = suggested(ruta, "linkedin");
    List<String> forPieter = suggested(pieter, "linkedin");

    assertTrue(forRuta.containsAll(List.of("For Riga", "For everyone")), forRuta.toString());
    assertFalse(forRuta.contains("For Engineering") || forRuta.contains("For Riga Engineering"), forRuta.toString());
    assertTrue(forPieter.containsAll(List.of("For Engineering", "For everyone")), forPieter.toString());
    assertFalse(forPieter.contains("For Riga") || forPieter.contains("For Riga Engineering"), forPieter.toString());
    assertFalse(suggested(node.signIn("janis@acme.example"), "linkedin").contains("For everyone"),
        "another company's people never see it");
  }

  @Test
  @DisplayName("The window: not before 'from', not after 'until'; archived, never; an archived item cannot change")
  void windowAndArchive() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    long later = world.approved(draft("Next week").put("from", now.plus(7, ChronoUnit.DAYS).toString()));
    long ending = world.approved(draft("Ending"));
    long archived = world.approved(draft("Archived"));
    assertTrue(suggested(ruta, "linkedin").containsAll(List.of("Ending", "Archived")));

    Reply scheduled = node.api.postJson("/api/library/items/" + ending + "/schedule", world.liaison,
        new JsonObject().put("from", now.minus(2, ChronoUnit.DAYS).toString())
            .put("until", now.minus(1, ChronoUnit.DAYS).toString()).encode());
    assertEquals(200, scheduled.status(), scheduled.text());
    assertFalse(scheduled.json().getBoolean("live"));
    Reply archivedReply = node.api.postJson("/api/library/items/" + archived + "/archive", world.liaison, "");
    assertEquals("archived", archivedReply.json().getString("status"));

    List<String> now1 = suggested(ruta, "linkedin");
    assertFalse(now1.contains("Next week") || now1.contains("Ending") || now1.contains("Archived"), now1.toString());
    assertEquals(now.plus(7, ChronoUnit.DAYS).toString(),
        node.api.get("/api/liaison/library/" + later, world.liaison).json().getJsonObject("item").getString("from"));

    Reply edit = node.api.putJson("/api/library/items/" + archived, world.liaison, draft("Archived again").encode());
    assertEquals(409, edit.status());
    assertEquals("item_archived", edit.errorCode());
    assertEquals("item_archived", node.api.postJson("/api/library/items/" + archived + "/approve", world.liaison, "")
        .errorCode());
  }

  @Test
  @DisplayName("The list pages newest first by status, with a cursor to the next page")
  void pagedList() {
    LibraryWorld own = new LibraryWorld(node, "pagers");
    for (int i = 1; i <= 5; i++) {
      own.create(draft("Page item " + i));
    }
    own.approved(draft("Approved one"));

    Reply first = node.api.get("/api/liaison/library?status=draft&limit=2", own.liaison);
    assertEquals(200, first.status(), first.text());
    assertEquals(List.of("Page item 5", "Page item 4"), titles(first));
    Reply second = node.api.get("/api/liaison/library?status=draft&limit=2&cursor=" + first.json().getString("next"),
        own.liaison);
    assertEquals(List.of("Page item 3", "Page item 2"), titles(second));
    Reply approved = node.api.get("/api/liaison/library?status=approved", own.liaison);
    assertEquals(List.of("Approved one"), titles(approved));
    assertNull(approved.json().getString("next"));
    assertEquals(7, titles(node.api.get("/api/liaison/library?status=all", own.liaison)).size() + 1,
        "six items; the liaison of another company sees none of initech's");
    assertEquals("status", node.api.get("/api/liaison/library?status=retired", own.liaison)
        .json().getJsonObject("error").getString("field"));
  }

  private static List<String> titles(Reply r) {
    return r.json().getJsonArray("items").stream()
        .map(o -> ((JsonObject) o).getJsonObject("item").getString("title")).toList();
  }

  @Test
  @DisplayName("Refused, nothing changed: unknown office, until before from, bad link, no words, "
      + "another company's item, an employee, a console change without its anti-forgery token")
  void refusals() {
    long acmeOffice = node.sql.number("SELECT id FROM office WHERE name = 'Riga' AND company_id = "
        + "(SELECT id FROM company WHERE slug = 'acme')");
    long acmeItem = node.contentId("Acme opens its robotics lab in Riga");
    String before = footprint();

    Reply office = world.create(draft("X").put("offices", places(acmeOffice)));
    assertEquals(404, office.status());
    assertEquals("offices", office.json().getJsonObject("error").getString("field"));
    Reply window = world.create(draft("X").put("from", "2027-01-02T00:00:00Z").put("until", "2027-01-01T00:00:00Z"));
    assertEquals("until", window.json().getJsonObject("error").getString("field"));
    assertEquals("from", world.create(draft("X").put("from", "next Tuesday")).json().getJsonObject("error")
        .getString("field"));
    assertEquals("url", world.create(draft("X").put("url", "javascript:alert(1)")).json().getJsonObject("error")
        .getString("field"));
    assertEquals("linkedinText", world.create(draft("X").put("linkedinText", null).put("xText", null)).json()
        .getJsonObject("error").getString("field"));
    assertEquals("hashtags", world.create(draft("X").put("hashtags", List.of("not a tag"))).json()
        .getJsonObject("error").getString("field"));
    assertEquals("unknown_field", world.create(draft("X").put("status", "approved")).errorCode());
    assertEquals(404, node.api.putJson("/api/library/items/" + acmeItem, world.liaison, draft("Mine now").encode())
        .status());
    assertEquals(404, node.api.postJson("/api/library/items/" + acmeItem + "/archive", world.liaison, "").status());
    assertEquals(404, node.api.get("/api/liaison/library/" + acmeItem, world.liaison).status());
    assertEquals(403, node.api.postJson("/api/library/items", ruta, draft("X").encode()).status());
    assertEquals(403, node.api.get("/api/liaison/library", ruta).status());

    ConsoleClient console = new ConsoleClient(node.url());
    assertEquals(200, console.signIn("liga@acme.example").status());
    Reply forged = console.changeWith("POST", "/api/library/items", draft("Forged").encode(), "Sec-Fetch-Site",
        "same-origin", "Origin", node.url());
    assertEquals("csrf_token_invalid", forged.errorCode());
    assertEquals(before, footprint());
    assertEquals("approved", node.sql.text("SELECT status FROM content WHERE id = ?", acmeItem));

    Reply viaConsole = console.change("POST", "/api/library/items", draft("From the console").encode());
    assertEquals(201, viaConsole.status(), viaConsole.text());
  }
}
