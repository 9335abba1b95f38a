package io.chorus.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's lists and actions through its cookie session, on the demo company with a second
 * company (Globex) beside it whose ids an Acme liaison must never reach.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("The liaison lists: keyset pages, company-scoped; another company's ids are 404")
class LiaisonListsTest {
  private static TestNode node;
  private static ConsoleClient console;
  private static long globexShare;
  private static long globexEntry;
  private static long globexPerson;
  private static String globexScreen;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "liaison_lists");
    long globex = node.sql.number("INSERT INTO company (slug, name) VALUES ('globex', 'Globex') RETURNING id");
    globexPerson = node.sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, 'hank@globex.example', 'Hank Scorpio', 'employee', 'x') RETURNING id", globex);
    long content = node.sql.number("INSERT INTO content (company_id, title, url, status) "
        + "VALUES (?, 'Globex news', 'https://globex.example/news', 'approved') RETURNING id", globex);
    globexShare = node.sql.number("INSERT INTO share (company_id, employee_id, content_id, network, points, posted_at) "
        + "VALUES (?, ?, ?, 'x', 10, now()) RETURNING id", globex, globexPerson, content);
    globexEntry = node.sql.number("INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id) "
        + "VALUES (?, ?, 'share', 10, ?) RETURNING seq", globex, globexPerson, globexShare);
    globexScreen = node.sql.text("INSERT INTO display_screen (company_id, name) VALUES (?, 'Globex lobby') "
        + "RETURNING id::text", globex);
    console = new ConsoleClient(node.url());
    assertEquals(200, console.signIn("liga@acme.example").status());
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  /** Every item of a list, page by page with the given cursor parameter; checks the page size on the way. */
  private static List<JsonObject> all(String path, String cursorParam, int limit) {
    List<JsonObject> items = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      String sep = path.contains("?") ? "&" : "?";
      Reply r = console.get(path + sep + "limit=" + limit + (next == null ? "" : "&" + cursorParam + "=" + next));
      assertEquals(200, r.status(), r.text());
      JsonArray page = r.json().getJsonArray("items");
      assertTrue(page.size() <= limit, r.text());
      next = r.json().getString("next");
      if (next != null) {
        assertEquals(limit, page.size(), "only the last page may be short");
      }
      page.forEach(o -> items.add((JsonObject) o));
      pages++;
    } while (next != null && pages < 100);
    return items;
  }

  @Test
  @DisplayName("Shares page by id, newest first, with no row twice or missed, and only Acme's; same for the ledger")
  void sharesAndLedgerPageByKey() {
    List<JsonObject> shares = all("/api/liaison/shares", "before", 3);
    long acmeShares = node.sql.number("SELECT count(*) FROM share s JOIN company c ON c.id = s.company_id "
        + "WHERE c.slug = 'acme'");
    assertEquals(acmeShares, shares.size());
    Set<Long> ids = new HashSet<>();
    long previous = Long.MAX_VALUE;
    for (JsonObject s : shares) {
      assertTrue(ids.add(s.getLong("id")));
      assertTrue(s.getLong("id") < previous, "newest first");
      previous = s.getLong("id");
      assertTrue(s.getString("employeeName").length() > 0 && s.getString("network").length() > 0, s.encode());
    }
    assertFalse(ids.contains(globexShare), "another company's share is never listed");

    List<JsonObject> ledger = all("/api/liaison/ledger", "before", 7);
    long acmeEntries = node.sql.number("SELECT count(*) FROM ledger_entry l JOIN company c ON c.id = l.company_id "
        + "WHERE c.slug = 'acme'");
    assertEquals(acmeEntries, ledger.size());
    assertTrue(ledger.stream().noneMatch(e -> e.getLong("seq") == globexEntry));
  }

  @Test
  @DisplayName("A voided share is marked (who, why, points left 0) and its entries show their reversal, through the console's session")
  void voidsShowInTheLists() {
    JsonObject newest = console.get("/api/liaison/shares?limit=1").json().getJsonArray("items").getJsonObject(0);
    long shareId = newest.getLong("id");

    Reply voided = console.change("POST", "/api/shares/" + shareId + "/void",
        new JsonObject().put("reason", "Posted twice by mistake").encode());

    assertEquals(200, voided.status(), voided.text());
    JsonObject after = console.get("/api/liaison/shares?limit=1").json().getJsonArray("items").getJsonObject(0);
    assertEquals(shareId, after.getLong("id"));
    assertEquals("Posted twice by mistake", after.getString("voidReason"));
    assertEquals("Līga Ozola", after.getString("voidedBy"));
    assertEquals(0L, after.getLong("points"));
    assertEquals(newest.getLong("earned"), after.getLong("earned"));
    JsonArray entries = console.get("/api/liaison/ledger?share=" + shareId).json().getJsonArray("items");
    long reversals = entries.stream().map(JsonObject.class::cast).filter(e -> "reversal".equals(e.getString("kind")))
        .peek(e -> assertEquals("Posted twice by mistake", e.getString("reason"))).count();
    assertTrue(reversals >= 1, entries.encode());
    entries.stream().map(JsonObject.class::cast).filter(e -> !"reversal".equals(e.getString("kind")))
        .forEach(e -> assertTrue(e.getLong("reversedBy", 0L) > 0, "each entry names its reversal: " + e.encode()));
  }

  @Test
  @DisplayName("Another company's share, ledger entry, screen and person: 404 for every action, empty for every list")
  void anotherCompanysIdsAreNotFound() {
    Reply share = console.change("POST", "/api/shares/" + globexShare + "/void", "{\"reason\":\"Not ours\"}");
    Reply entry = console.change("POST", "/api/ledger/" + globexEntry + "/void", "{\"reason\":\"Not ours\"}");
    Reply screen = console.change("POST", "/api/screens/" + globexScreen + "/revoke", "{}");
    Reply spotlight = console.change("POST", "/api/badges/spotlight",
        new JsonObject().put("employeeId", globexPerson).put("note", "Not ours").encode());

    assertEquals(List.of(404, 404, 404, 404), List.of(share.status(), entry.status(), screen.status(),
        spotlight.status()));
    assertEquals("share_not_found", share.errorCode());
    assertEquals("entry_not_found", entry.errorCode());
    assertEquals("not_found", screen.errorCode());
    assertEquals("unknown_colleague", spotlight.errorCode());
    assertNull(node.sql.text("SELECT voided_at::text FROM share WHERE id = ?", globexShare));
    assertNull(node.sql.text("SELECT revoked_at::text FROM display_screen WHERE id = ?::uuid", globexScreen));
    assertEquals(0, console.get("/api/liaison/ledger?share=" + globexShare).json().getJsonArray("items").size());
    assertEquals(0, console.get("/api/liaison/screens?before=" + globexScreen).json().getJsonArray("items").size());
    assertEquals(0, console.get("/api/liaison/people?after=" + globexPerson).json().getJsonArray("items").size());
    assertEquals(0, console.get("/api/liaison/people?q=Hank").json().getJsonArray("items").size());
  }

  @Test
  @DisplayName("Screens list newest first with created, last seen and revoked; a made screen shows, a revoked one is marked")
  void screensListWithLastSeenAndRevoked() {
    Reply made = console.change("POST", "/api/screens", "{\"name\":\"Milan kitchen\"}");
    assertEquals(201, made.status(), made.text());
    String id = made.json().getString("screenId");
    assertEquals(200, node.api.get("/api/leaderboard", made.json().getString("token")).status());
    assertEquals(200, console.change("POST", "/api/screens/" + id + "/revoke", "{}").status());

    List<JsonObject> screens = all("/api/liaison/screens", "before", 1);
    assertEquals(node.sql.number("SELECT count(*) FROM display_screen d JOIN company c ON c.id = d.company_id "
        + "WHERE c.slug = 'acme'"), screens.size());
    JsonObject newest = screens.get(0);
    assertEquals(id, newest.getString("id"));
    assertEquals("Milan kitchen", newest.getString("name"));
    assertEquals("Līga Ozola", newest.getString("createdBy"));
    assertTrue(newest.getLong("revokedAt", 0L) > 0, newest.encode());
    assertTrue(newest.getLong("createdAt") > 0);
    assertTrue(screens.stream().noneMatch(s -> s.getString("id").equals(globexScreen)));
  }

  @Test
  @DisplayName("People page by name and search by name or email, literally (a % finds nobody); bad cursors and limits are 400 invalid_field")
  void peopleSearchAndBadInput() {
    List<JsonObject> people = all("/api/liaison/people", "after", 2);
    List<String> names = people.stream().map(p -> p.getString("name")).toList();
    assertEquals(node.sql.number("SELECT count(*) FROM employee e JOIN company c ON c.id = e.company_id "
        + "WHERE c.slug = 'acme' AND e.active"), names.size());
    assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);

    JsonArray sanne = console.get("/api/liaison/people?q=SANNE@").json().getJsonArray("items");
    assertEquals(1, sanne.size());
    assertEquals("Sanne de Vries", sanne.getJsonObject(0).getString("name"));
    assertEquals(0, console.get("/api/liaison/people?q=%25").json().getJsonArray("items").size());

    for (String bad : List.of("/api/liaison/shares?before=abc", "/api/liaison/ledger?before=-4",
        "/api/liaison/screens?before=not-a-uuid", "/api/liaison/people?limit=0", "/api/liaison/shares?limit=101")) {
      Reply r = console.get(bad);
      assertEquals(400, r.status(), bad + ": " + r.text());
      assertEquals("invalid_field", r.errorCode(), bad);
    }
  }
}
