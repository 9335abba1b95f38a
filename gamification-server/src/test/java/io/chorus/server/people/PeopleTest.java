package io.chorus.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.console.ConsoleClient;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.SseClient;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.chorus.shared.sse.SseEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People on the real PostgreSQL and a real node: the CSV import through the console's session, the
 * one-time links, deactivation (tokens, sessions, streams, boards, clicks), offices and teams (boards
 * and screens follow), the stated audience, and another company's ids (404, nothing changed).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("People: CSV invitations, one-time links, deactivation, offices and teams, audience")
class PeopleTest {
  private static final String HEADER = "name,email,office,team,language,role\n";
  private static TestNode node;
  private static ConsoleClient console;
  private static String liaisonToken;
  private static long globexPerson;
  private static long globexOffice;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "people");
    long globex = node.sql.number("INSERT INTO company (slug, name) VALUES ('globex', 'Globex') RETURNING id");
    globexOffice = node.sql.number("INSERT INTO office (company_id, name) VALUES (?, 'Springfield') RETURNING id", globex);
    globexPerson = node.sql.number("INSERT INTO employee (company_id, office_id, email, display_name, role, password_hash) "
        + "VALUES (?, ?, 'hank@globex.example', 'Hank Scorpio', 'employee', 'x') RETURNING id", globex, globexOffice);
    console = new ConsoleClient(node.url());
    assertEquals(200, console.signIn("liga@acme.example").status());
    liaisonToken = node.signIn("liga@acme.example");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static Reply importCsv(String csv) {
    return console.upload("/api/people/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
  }

  private static String footprint() {
    return "people=" + node.sql.number("SELECT count(*) FROM employee")
        + " invitations=" + node.sql.number("SELECT count(*) FROM invitation")
        + " offices=" + node.sql.number("SELECT count(*) FROM office")
        + " teams=" + node.sql.number("SELECT count(*) FROM team")
        + " ledger=" + node.sql.number("SELECT count(*) FROM ledger_entry");
  }

  private static String token(String url) {
    return url.substring(url.indexOf('#') + 1);
  }

  private static Reply welcome(String token, String password) {
    return node.api.postJson("/api/welcome", null, new JsonObject().put("token", token).put("password", password).encode());
  }

  private static Reply signIn(String email, String password) {
    return node.api.postJson("/api/auth/sign-in", null,
        new JsonObject().put("email", email).put("password", password).encode());
  }

  private static JsonObject person(long id) {
    Reply r = console.get("/api/people/" + id);
    assertEquals(200, r.status(), r.text());
    return r.json();
  }

  private static List<String> boardNames(String query, String token) {
    Reply r = node.api.get("/api/leaderboard?period=all" + query, token);
    assertEquals(200, r.status(), r.text());
    List<String> names = new ArrayList<>();
    r.json().getJsonArray("rows").forEach(o -> names.add(((JsonObject) o).getString("name")));
    return names;
  }

  @Test
  @DisplayName("Import: good rows are invited (offices and teams matched in any case or created), each broken row is named by line; importing the same file again changes nothing")
  void importsAndIsIdempotent() {
    String csv = HEADER
        + "Ilze Kalniņa,ilze@acme.example,riga,Engineering,lv,\n"              // 2 matches Riga
        + "Pieter Bakker,PIETER@acme.example,Rotterdam,Logistics,nl,employee\n"  // 3 new office and team
        + "No Email,,Riga,Sales,en,employee\n"                                  // 4
        + "Role Play,role@acme.example,Riga,Sales,en,owner\n"                   // 5
        + "Twice,ilze@acme.example,Riga,Sales,en,employee\n"                    // 6
        + "Hank Again,hank@globex.example,Riga,Sales,en,employee\n"             // 7 another company's account
        + "Janis Again,janis@acme.example,Riga,Engineering,lv,employee\n";      // 8 already here
    String before = footprint();
    Reply r = importCsv(csv);
    assertEquals(200, r.status(), r.text());
    JsonObject report = r.json();
    assertEquals(7, report.getInteger("rows"));
    assertEquals(2, report.getInteger("added"));
    assertEquals(1, report.getInteger("unchanged"));
    List<String> lines = new ArrayList<>();
    report.getJsonArray("problems").forEach(o -> lines.add(((JsonObject) o).getInteger("line") + ":"
        + ((JsonObject) o).getString("column")));
    assertEquals(List.of("4:email", "5:role", "6:email", "7:email"), lines);
    JsonArray invites = report.getJsonArray("invites");
    assertEquals(2, invites.size());
    JsonObject ilze = invites.getJsonObject(0);
    assertTrue(ilze.getString("url").startsWith(node.node.publicUrl() + "/welcome#"), ilze.encode());
    assertFalse(ilze.getBoolean("emailed"), "no mail sender configured: the link is to be copied");
    long days = (ilze.getLong("expiresAt") - System.currentTimeMillis()) / 3_600_000;
    assertTrue(days >= 167 && days <= 168, "valid 7 days: " + days + " h");

    long ilzeId = ilze.getLong("employeeId");
    JsonObject row = person(ilzeId);
    assertEquals("invited", row.getString("status"));
    assertEquals("Riga", row.getString("office"), "an office named in any letter case is matched");
    assertEquals("lv", row.getString("language"));
    assertEquals(1, node.sql.number("SELECT count(*) FROM office WHERE lower(name) = 'riga'"));
    assertEquals(1, node.sql.number("SELECT count(*) FROM office WHERE name = 'Rotterdam'"));
    assertEquals("pieter@acme.example", node.sql.text("SELECT email FROM employee WHERE display_name = 'Pieter Bakker'"));
    // Only the token's hash is kept.
    String hash = node.sql.text("SELECT encode(token_hash, 'hex') FROM invitation WHERE employee_id = ?", ilzeId);
    assertEquals(sha256Hex(token(ilze.getString("url"))), hash);
    assertNull(node.sql.text("SELECT password_hash FROM employee WHERE id = ?", ilzeId));

    String after = footprint();
    assertFalse(before.equals(after));
    Reply again = importCsv(csv);
    assertEquals(200, again.status(), again.text());
    assertEquals(0, again.json().getInteger("added"));
    assertEquals(3, again.json().getInteger("unchanged"));
    assertEquals(0, again.json().getJsonArray("invites").size());
    assertEquals(after, footprint(), "the same file again changes nothing");
  }

  @Test
  @DisplayName("A 5 MB file is refused with the 1 MB limit in the message; nothing is imported")
  void tooLarge() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; csv.length() < 5 * 1024 * 1024; i++) {
      csv.append("Person ").append(i).append(",p").append(i).append("@big.example,Riga,Sales,en,employee\n");
    }
    String before = footprint();
    Reply r = importCsv(csv.toString());
    assertEquals(413, r.status(), r.text());
    assertEquals("body_too_large", r.errorCode());
    String message = r.json().getJsonObject("error").getString("message");
    assertTrue(message.contains("is 5 MB") && message.contains("at most 1 MB"), message);
    assertEquals(before, footprint());
  }

  @Test
  @DisplayName("The import and every people change are for liaisons: an employee's token gets 403, the console needs its anti-forgery header")
  void liaisonsOnly() {
    String employee = node.signIn("sanne@acme.example");
    assertEquals(403, node.api.post("/api/people/import", employee, HEADER + "A,a@acme.example,,,,\n", "text/csv").status());
    assertEquals(403, node.api.get("/api/liaison/people", employee).status());
    assertEquals(403, node.api.postJson("/api/offices", employee, "{\"name\":\"Nope\"}").status());
    Reply noCsrf = console.changeWith("POST", "/api/offices", "{\"name\":\"Nope\"}", "Sec-Fetch-Site", "same-origin",
        "Origin", node.url());
    assertEquals(403, noCsrf.status());
    assertEquals(0, node.sql.number("SELECT count(*) FROM office WHERE name = 'Nope'"));
    Reply wrongType = node.api.post("/api/people/import", liaisonToken, "{}", "application/json");
    assertEquals(415, wrongType.status(), wrongType.text());
  }

  @Test
  @DisplayName("A link sets the password once (then sign-in works); used, expired, withdrawn, forged and malformed links are refused before any password is hashed")
  void oneTimeLinks() throws Exception {
    Reply r = importCsv(HEADER + "Mara Liepa,mara@acme.example,Riga,Sales,lv,\nOla Berg,ola@acme.example,,,,\n");
    JsonObject mara = r.json().getJsonArray("invites").getJsonObject(0);
    JsonObject ola = r.json().getJsonArray("invites").getJsonObject(1);
    String token = token(mara.getString("url"));

    Reply check = node.api.postJson("/api/welcome/check", null, new JsonObject().put("token", token).encode());
    assertEquals(200, check.status(), check.text());
    assertEquals("Mara Liepa", check.json().getString("name"));
    assertEquals("Acme Robotics", check.json().getString("company"));
    assertEquals(401, signIn("mara@acme.example", "anything at all").status(), "no password before joining");

    Reply shortOne = welcome(token, "short");
    assertEquals(400, shortOne.status());
    assertEquals("password", shortOne.json().getJsonObject("error").getString("field"));

    Reply set = welcome(token, "marasecret-2026");
    assertEquals(200, set.status(), set.text());
    assertEquals("mara@acme.example", set.json().getString("email"));
    assertEquals(200, signIn("mara@acme.example", "marasecret-2026").status());
    assertEquals("joined", person(mara.getLong("employeeId")).getString("status"));

    assertEquals("invitation_used", welcome(token, "another-password").errorCode());
    assertEquals(410, welcome(token, "another-password").status());
    assertEquals(200, signIn("mara@acme.example", "marasecret-2026").status(), "a used link changed nothing");

    // A new link for Ola withdraws the first; the new one expires. No refused link costs a password check.
    long checksBefore = node.node.services().passwords().checksRun();
    Reply fresh = console.change("POST", "/api/people/" + ola.getLong("employeeId") + "/invite", "{}");
    assertEquals(201, fresh.status(), fresh.text());
    assertEquals("invitation_withdrawn", welcome(token(ola.getString("url")), "olasecret-2026").errorCode());
    String newToken = token(fresh.json().getString("url"));
    node.sql.update("UPDATE invitation SET expires_at = now() - interval '1 minute', created_at = now() - interval '8 days' "
        + "WHERE token_hash = decode(?, 'hex')", sha256Hex(newToken));
    Reply expired = welcome(newToken, "olasecret-2026");
    assertEquals(410, expired.status());
    assertEquals("invitation_expired", expired.errorCode());

    String forged = "A".repeat(43);
    assertEquals(404, welcome(forged, "olasecret-2026").status());
    assertEquals("invitation_invalid", welcome(forged, "olasecret-2026").errorCode());
    Reply malformed = welcome("not-a-token", "olasecret-2026");
    assertEquals(400, malformed.status());
    assertEquals("token", malformed.json().getJsonObject("error").getString("field"));
    assertEquals(checksBefore, node.node.services().passwords().checksRun(), "no password work for refused links");
    assertEquals(401, signIn("ola@acme.example", "olasecret-2026").status());
    assertEquals("invited", person(ola.getLong("employeeId")).getString("status"));

    Reply joined = console.change("POST", "/api/people/" + mara.getLong("employeeId") + "/invite", "{}");
    assertEquals(409, joined.status());
    assertEquals("already_joined", joined.errorCode());
  }

  @Test
  @DisplayName("Deactivation: their bearer token, console session and open stream stop at once; they leave the boards with their ledger kept; reactivated, they come back with the same points")
  void deactivation() throws Exception {
    long marco = node.employeeId("marco@acme.example");
    String token = node.signIn("marco@acme.example");
    long points = node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ?", marco);
    assertTrue(points > 0, "the demo gives Marco points");
    assertTrue(boardNames("", liaisonToken).contains("Marco Bianchi"));
    long milan = node.sql.number("SELECT id FROM office WHERE name = 'Milan'");
    assertTrue(boardNames("&office=" + milan, liaisonToken).contains("Marco Bianchi"));
    long ledgerRows = node.sql.number("SELECT count(*) FROM ledger_entry WHERE employee_id = ?", marco);

    try (SseClient stream = new SseClient(node.url() + "/api/leaderboard/stream?period=all", token)) {
      stream.await(e -> "board".equals(e.type()), 10, TimeUnit.SECONDS);
      Reply off = console.change("POST", "/api/people/" + marco + "/deactivate", "{}");
      assertEquals(200, off.status(), off.text());
      assertEquals("deactivated", off.json().getString("status"));
      SseEvent revoked = stream.await(e -> "revoked".equals(e.type()), 5, TimeUnit.SECONDS);
      assertNotNull(revoked, "the open stream is told");
      assertTrue(stream.awaitEnd(5, TimeUnit.SECONDS), "and ends");
    }
    assertEquals(401, node.api.get("/api/me", token).status());
    assertEquals("token_revoked", node.api.get("/api/me", token).errorCode());
    assertEquals(401, signIn("marco@acme.example", "chorus-demo").status());
    assertFalse(boardNames("", liaisonToken).contains("Marco Bianchi"), "off the company board");
    assertFalse(boardNames("&office=" + milan, liaisonToken).contains("Marco Bianchi"), "off the office board");
    assertEquals(ledgerRows, node.sql.number("SELECT count(*) FROM ledger_entry WHERE employee_id = ?", marco),
        "the ledger stays");
    // Off the list by default, on it with status=deactivated.
    assertFalse(console.get("/api/liaison/people?q=marco").text().contains("marco@acme.example"));
    assertTrue(console.get("/api/liaison/people?q=marco&status=deactivated").text().contains("marco@acme.example"));
    // Deactivating again changes nothing.
    assertEquals(200, console.change("POST", "/api/people/" + marco + "/deactivate", "{}").status());

    Reply back = console.change("POST", "/api/people/" + marco + "/reactivate", "{}");
    assertEquals(200, back.status(), back.text());
    assertTrue(Waits.until(() -> boardNames("", liaisonToken).contains("Marco Bianchi"), Duration.ofSeconds(5)));
    JsonObject row = node.api.get("/api/leaderboard?period=all", liaisonToken).json().getJsonArray("rows").stream()
        .map(o -> (JsonObject) o).filter(o -> o.getString("name").equals("Marco Bianchi")).findFirst().orElseThrow();
    assertEquals(points, row.getLong("points"), "back with exactly the ledger's points");
    assertTrue(boardNames("&office=" + milan, liaisonToken).contains("Marco Bianchi"));
    assertEquals(401, node.api.get("/api/me", token).status(), "an old token stays refused");
    assertEquals(200, signIn("marco@acme.example", "chorus-demo").status(), "a new sign-in works");
  }

  @Test
  @DisplayName("A liaison signed in to the console can still sign in to the extension in the same browser (its request carries the console cookie); other sites and cookie-riding changes stay refused")
  void extensionSignInBesideTheConsole() {
    String extension = io.chorus.server.ExtensionInfo.load().origin();
    String body = new JsonObject().put("email", "liga@acme.example").put("password", "chorus-demo").encode();
    Reply popup = console.changeWith("POST", "/api/auth/sign-in", body, "Origin", extension, "Sec-Fetch-Site", "cross-site");
    assertEquals(200, popup.status(), popup.text());
    assertNotNull(popup.json().getString("token"));
    Reply evil = console.changeWith("POST", "/api/auth/sign-in", body, "Origin", "https://evil.example",
        "Sec-Fetch-Site", "cross-site");
    assertEquals(403, evil.status());
    Reply riding = console.changeWith("POST", "/api/offices", "{\"name\":\"Riding\"}", "Origin", extension,
        "Sec-Fetch-Site", "cross-site");
    assertEquals(403, riding.status(), riding.text());
    assertEquals(0, node.sql.number("SELECT count(*) FROM office WHERE name = 'Riding'"));
  }

  @Test
  @DisplayName("A deactivated liaison's console session ends at once; nobody can deactivate or demote themselves")
  void liaisonSessionsAndSelf() {
    long liga = node.employeeId("liga@acme.example");
    Reply self = console.change("POST", "/api/people/" + liga + "/deactivate", "{}");
    assertEquals(422, self.status());
    assertEquals("not_yourself", self.errorCode());
    Reply demote = console.change("PUT", "/api/people/" + liga, "{\"role\":\"employee\"}");
    assertEquals(422, demote.status());
    assertEquals("liaison", node.sql.text("SELECT role FROM employee WHERE id = ?", liga));

    // A second liaison, with a console session of their own, deactivated by Līga.
    long giulia = node.employeeId("giulia@acme.example");
    assertEquals(200, console.change("PUT", "/api/people/" + giulia, "{\"role\":\"liaison\"}").status());
    ConsoleClient other = new ConsoleClient(node.url());
    assertEquals(200, other.signIn("giulia@acme.example").status());
    assertEquals(200, other.get("/api/liaison/people").status());
    assertEquals(200, console.change("POST", "/api/people/" + giulia + "/deactivate", "{}").status());
    Reply after = other.get("/api/liaison/people");
    assertEquals(401, after.status());
    assertEquals("token_revoked", after.errorCode());
    assertEquals(200, console.change("POST", "/api/people/" + giulia + "/reactivate", "{}").status());
    assertEquals(401, other.get("/api/liaison/people").status(), "the old session stays ended");
  }

  @Test
  @DisplayName("Offices: created, a name taken in any case refused, renamed (boards and an open office screen show the new name), a person moved (the boards follow), deleted only when empty")
  void officesAndTeams() throws Exception {
    Reply made = console.change("POST", "/api/offices", "{\"name\":\"Tallinn\"}");
    assertEquals(201, made.status(), made.text());
    long tallinn = made.json().getLong("id");
    Reply taken = console.change("POST", "/api/offices", "{\"name\":\"TALLINN\"}");
    assertEquals(409, taken.status());
    assertEquals("name_taken", taken.errorCode());

    long amsterdam = node.sql.number("SELECT id FROM office WHERE name = 'Amsterdam'");
    String screen = node.screenToken();
    try (SseClient tv = new SseClient(node.url() + "/api/leaderboard/stream?period=all&office=" + amsterdam, screen)) {
      SseEvent first = tv.await(e -> "board".equals(e.type()), 10, TimeUnit.SECONDS);
      assertEquals("Amsterdam", new JsonObject(first.data()).getString("scopeName"));
      assertEquals(409, console.change("PUT", "/api/offices/" + amsterdam, "{\"name\":\"riga\"}").status(),
          "another office's name");
      Reply renamed = console.change("PUT", "/api/offices/" + amsterdam, "{\"name\":\"Amsterdam Zuid\"}");
      assertEquals(200, renamed.status(), renamed.text());
      SseEvent next = tv.await(e -> "board".equals(e.type())
          && "Amsterdam Zuid".equals(new JsonObject(e.data()).getString("scopeName")), 5, TimeUnit.SECONDS);
      assertNotNull(next, "the office screen keeps working and shows the new name");
      JsonObject board = new JsonObject(next.data());
      assertTrue(board.getJsonArray("rows").stream().map(o -> (JsonObject) o)
          .allMatch(o -> "Amsterdam Zuid".equals(o.getString("office"))), board.encode());

      // Move Sanne to Tallinn: she leaves the Amsterdam board and is on Tallinn's.
      long sanne = node.employeeId("sanne@acme.example");
      Reply moved = console.change("PUT", "/api/people/" + sanne, "{\"officeId\":" + tallinn + "}");
      assertEquals(200, moved.status(), moved.text());
      assertEquals("Tallinn", moved.json().getString("office"));
      assertNotNull(tv.await(e -> "board".equals(e.type()) && !e.data().contains("Sanne de Vries"), 5, TimeUnit.SECONDS));
    }
    assertTrue(boardNames("&office=" + tallinn, liaisonToken).contains("Sanne de Vries"));
    assertFalse(boardNames("&office=" + amsterdam, liaisonToken).contains("Sanne de Vries"));

    Reply notEmpty = console.change("DELETE", "/api/offices/" + tallinn, null);
    assertEquals(409, notEmpty.status());
    assertEquals("not_empty", notEmpty.errorCode());
    assertTrue(notEmpty.json().getJsonObject("error").getString("message").contains("1 person is still in this office"));
    long sanne = node.employeeId("sanne@acme.example");
    assertEquals(200, console.change("PUT", "/api/people/" + sanne, "{\"officeId\":" + amsterdam + "}").status());
    assertEquals(200, console.change("DELETE", "/api/offices/" + tallinn, null).status());
    assertEquals(404, node.api.get("/api/leaderboard?office=" + tallinn, liaisonToken).status());

    Reply team = console.change("POST", "/api/teams", "{\"name\":\"Robotics\"}");
    assertEquals(201, team.status());
    assertEquals(200, console.change("PUT", "/api/teams/" + team.json().getLong("id"), "{\"name\":\"Robots\"}").status());
    assertEquals("Robots", node.sql.text("SELECT name FROM team WHERE id = ?", team.json().getLong("id")));
    JsonArray offices = console.get("/api/liaison/offices").json().getJsonArray("items");
    assertTrue(offices.stream().map(o -> (JsonObject) o).anyMatch(o -> o.getString("name").equals("Amsterdam Zuid")
        && o.getLong("people") == 2), offices.encode());
  }

  @Test
  @DisplayName("Another company's person or office is a 404 on every route, and nothing of theirs changes")
  void otherCompany() {
    String before = node.sql.text("SELECT row(e.*)::text FROM employee e WHERE id = ?", globexPerson)
        + node.sql.text("SELECT row(o.*)::text FROM office o WHERE id = ?", globexOffice);
    assertEquals("person_not_found", console.get("/api/people/" + globexPerson).errorCode());
    assertEquals(404, console.change("PUT", "/api/people/" + globexPerson, "{\"name\":\"Hacked\"}").status());
    assertEquals(404, console.change("POST", "/api/people/" + globexPerson + "/deactivate", "{}").status());
    assertEquals(404, console.change("POST", "/api/people/" + globexPerson + "/reactivate", "{}").status());
    assertEquals(404, console.change("POST", "/api/people/" + globexPerson + "/invite", "{}").status());
    assertEquals("office_not_found", console.change("PUT", "/api/offices/" + globexOffice, "{\"name\":\"Ours\"}").errorCode());
    assertEquals(404, console.change("DELETE", "/api/offices/" + globexOffice, null).status());
    long janis = node.employeeId("janis@acme.example");
    Reply move = console.change("PUT", "/api/people/" + janis, "{\"officeId\":" + globexOffice + "}");
    assertEquals(404, move.status());
    assertEquals("office_not_found", move.errorCode());
    assertEquals(404, console.get("/api/people/not-a-number").status());
    String after = node.sql.text("SELECT row(e.*)::text FROM employee e WHERE id = ?", globexPerson)
        + node.sql.text("SELECT row(o.*)::text FROM office o WHERE id = ?", globexOffice);
    assertEquals(before, after);
    assertFalse(console.get("/api/liaison/people?status=all&q=hank").text().contains("hank@globex.example"));
  }

  @Test
  @DisplayName("An employee states their audience (followers on LinkedIn and X); out of range or from a screen is refused")
  void audience() {
    String token = node.signIn("aisyah@acme.example");
    Reply none = node.api.get("/api/me/audience", token);
    assertEquals(200, none.status(), none.text());
    assertNull(none.json().getValue("linkedin"), "not stated yet: " + none.text());
    Reply set = node.api.putJson("/api/me/audience", token, "{\"linkedin\":1200,\"x\":null}");
    assertEquals(200, set.status(), set.text());
    assertEquals(1200, set.json().getLong("linkedin"));
    assertNull(set.json().getValue("x"));
    assertEquals(1200, node.sql.number("SELECT audience_linkedin FROM employee WHERE email = 'aisyah@acme.example'"));
    Reply tooMany = node.api.putJson("/api/me/audience", token, "{\"linkedin\":10000001}");
    assertEquals(400, tooMany.status());
    assertEquals("linkedin", tooMany.json().getJsonObject("error").getString("field"));
    Reply negative = node.api.putJson("/api/me/audience", token, "{\"x\":-5}");
    assertEquals(400, negative.status());
    assertEquals(403, node.api.putJson("/api/me/audience", node.screenToken(), "{\"x\":5}").status());
    assertEquals(1200, node.sql.number("SELECT audience_linkedin FROM employee WHERE email = 'aisyah@acme.example'"));
  }

  private static String sha256Hex(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unused")
  private static Api api() {
    return node.api;
  }
}
