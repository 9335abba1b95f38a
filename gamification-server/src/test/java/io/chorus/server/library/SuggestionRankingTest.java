package io.chorus.server.library;

import static io.chorus.server.library.LibraryWorld.draft;
import static io.chorus.server.library.LibraryWorld.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order of suggestions, on a company whose every item the test wrote: fresher days first; within a
 * day, the employee's office, then team, then language; never one shared on that network; dismissed
 * and snoozed items left out until their time.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Suggestions rank by freshness, then office, team and language; dismiss and snooze")
class SuggestionRankingTest {
  private static TestNode node;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "ranking");
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

  @Test
  @DisplayName("Known order: today's items by office, team, language (own, none, other); then yesterday's; then older")
  void knownOrder() {
    LibraryWorld w = new LibraryWorld(node, "rankers");
    String ruta = node.signIn(w.person("Ruta", "employee", "Riga", "Sales", "lv"));
    w.liveSince(w.approved(draft("Old, for everyone")), "3 days");
    w.liveSince(w.approved(draft("Today, no language")), "2 hours");
    w.liveSince(w.approved(draft("Today, for Riga").put("offices", places(w.office("Riga")))), "5 hours");
    w.liveSince(w.approved(draft("Today, for Sales").put("teams", places(w.team("Sales")))), "4 hours");
    w.liveSince(w.approved(draft("Today, in Latvian").put("language", "lv")), "3 hours");
    w.liveSince(w.approved(draft("Today, in Dutch").put("language", "nl")), "1 hour");
    w.liveSince(w.approved(draft("Yesterday, for Riga in Latvian").put("offices", places(w.office("Riga")))
        .put("language", "lv")), "30 hours");
    w.liveSince(w.approved(draft("Today, for Amsterdam").put("offices", places(w.office("Amsterdam")))), "1 hour");

    assertEquals(List.of("Today, for Riga", "Today, for Sales", "Today, in Latvian", "Today, no language",
        "Today, in Dutch", "Yesterday, for Riga in Latvian", "Old, for everyone"), suggested(ruta, "linkedin"));
  }

  @Test
  @DisplayName("An item shared on LinkedIn is no longer suggested there, still on X")
  void sharedOnce() {
    LibraryWorld w = new LibraryWorld(node, "sharers");
    String ruta = node.signIn(w.person("Ruta", "employee", "Riga", "Sales", null));
    long item = w.approved(draft("Share me"));
    w.approved(draft("Another"));

    Reply shared = node.api.report(ruta, Api.newKey(), new JsonObject().put("contentId", item).put("network", "linkedin"));
    assertEquals(201, shared.status(), shared.text());

    assertEquals(List.of("Another"), suggested(ruta, "linkedin"));
    assertEquals(List.of("Another", "Share me"), suggested(ruta, "x"));
  }

  @Test
  @DisplayName("Dismissed for good: gone on both networks; snoozed: gone until its time, then back")
  void dismissAndSnooze() throws SQLException {
    LibraryWorld w = new LibraryWorld(node, "snoozers");
    String ruta = node.signIn(w.person("Ruta", "employee", "Riga", "Sales", null));
    String pieter = node.signIn(w.person("Pieter", "employee", "Riga", "Sales", null));
    long never = w.approved(draft("Not for me"));
    long later = w.approved(draft("Later"));
    w.approved(draft("Keep"));
    String inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).toString();

    Reply dismissed = node.api.postJson("/api/suggestions/" + never + "/dismiss", ruta,
        new JsonObject().putNull("until").encode());
    Reply snoozed = node.api.postJson("/api/suggestions/" + later + "/dismiss", ruta,
        new JsonObject().put("until", inAnHour).encode());

    assertEquals(204, dismissed.status(), dismissed.text());
    assertEquals(204, snoozed.status(), snoozed.text());
    assertEquals(List.of("Keep"), suggested(ruta, "linkedin"));
    assertEquals(List.of("Keep"), suggested(ruta, "x"));
    assertEquals(3, suggested(pieter, "linkedin").size(), "a colleague's suggestions do not change");

    node.sql.update("UPDATE suggestion_dismissal SET until = now() - interval '1 second' WHERE content_id = ?", later);
    assertEquals(List.of("Keep", "Later"), suggested(ruta, "linkedin"));
  }

  @Test
  @DisplayName("A bad dismissal is refused, naming 'until', and changes nothing; another company's item is a 404")
  void badDismissals() {
    LibraryWorld w = new LibraryWorld(node, "refusers");
    String ruta = node.signIn(w.person("Ruta", "employee", "Riga", "Sales", null));
    long item = w.approved(draft("Item"));
    long acmeItem = node.contentId("Acme opens its robotics lab in Riga");

    Reply past = node.api.postJson("/api/suggestions/" + item + "/dismiss", ruta,
        new JsonObject().put("until", "2020-01-01T00:00:00Z").encode());
    Reply garbage = node.api.postJson("/api/suggestions/" + item + "/dismiss", ruta,
        new JsonObject().put("until", "tomorrow").encode());
    Reply unknown = node.api.postJson("/api/suggestions/" + item + "/dismiss", ruta,
        new JsonObject().put("forever", true).encode());
    Reply other = node.api.postJson("/api/suggestions/" + acmeItem + "/dismiss", ruta,
        new JsonObject().putNull("until").encode());

    assertEquals("until", past.json().getJsonObject("error").getString("field"));
    assertEquals("until", garbage.json().getJsonObject("error").getString("field"));
    assertEquals("unknown_field", unknown.errorCode());
    assertEquals(404, other.status());
    assertEquals("content_not_found", other.errorCode());
    assertEquals(0, node.sql.number("SELECT count(*) FROM suggestion_dismissal"));
    assertTrue(suggested(ruta, "linkedin").contains("Item"));
  }
}
