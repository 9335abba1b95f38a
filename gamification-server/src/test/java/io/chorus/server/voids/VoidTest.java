package io.chorus.server.voids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Parallel;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Voids on the demo company's past shares. Bonus and click entries are written straight into the
 * ledger before the node's boards first load, so the boards count them as the share path would.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A liaison voids a share or a ledger entry: reversal entries with a reason, never a delete")
class VoidTest {
  private static TestNode node;
  private static String liaison;
  private static long liaisonId;
  private static long globexShare;
  private static long globexEntry;

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    node = TestNode.start(vertx, "voids");
    addBonus(share("sanne", "Acme opens its robotics lab in Riga", "linkedin"), "fresh_bonus", 5);
    addClick(share("sanne", "Acme opens its robotics lab in Riga", "linkedin"), "visitor-1");
    addBonus(share("giulia", "A day with our field technicians", "linkedin"), "fresh_bonus", 5);
    addBonus(share("marco", "A day with our field technicians", "linkedin"), "fresh_bonus", 5);
    addBonus(share("marco", "A day with our field technicians", "linkedin"), "own_words_bonus", 5);
    long globex = node.sql.number("INSERT INTO company (slug, name) VALUES ('globex', 'Globex') RETURNING id");
    long hank = node.sql.number("INSERT INTO employee (company_id, email, display_name, role, password_hash) "
        + "VALUES (?, 'hank@globex.example', 'Hank Scorpio', 'employee', 'x') RETURNING id", globex);
    long content = node.sql.number("INSERT INTO content (company_id, title, url, status) "
        + "VALUES (?, 'Globex news', 'https://globex.example/news', 'approved') RETURNING id", globex);
    globexShare = node.sql.number("INSERT INTO share (company_id, employee_id, content_id, network, points, posted_at) "
        + "VALUES (?, ?, ?, 'x', 10, now()) RETURNING id", globex, hank, content);
    globexEntry = node.sql.number("INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id) "
        + "VALUES (?, ?, 'share', 10, ?) RETURNING seq", globex, hank, globexShare);
    liaison = node.signIn("liga@acme.example");
    liaisonId = node.employeeId("liga@acme.example");
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static long share(String person, String title, String network) {
    return node.sql.number("SELECT s.id FROM share s JOIN employee e ON e.id = s.employee_id "
        + "JOIN content c ON c.id = s.content_id WHERE e.email = ? AND c.title = ? AND s.network = ?",
        person + "@acme.example", title, network);
  }

  private static long entryOf(long shareId, String kind) {
    return node.sql.number("SELECT seq FROM ledger_entry WHERE share_id = ? AND kind = ?", shareId, kind);
  }

  private static void addBonus(long shareId, String kind, int points) throws Exception {
    node.sql.update("INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, created_at) "
        + "SELECT company_id, employee_id, ?, ?, id, shared_at FROM share WHERE id = ?", kind, points, shareId);
  }

  private static void addClick(long shareId, String visitor) throws Exception {
    node.sql.update("INSERT INTO tracked_link (code, company_id, employee_id, content_id, network) "
        + "SELECT 'link' || id, company_id, employee_id, content_id, network FROM share WHERE id = ?", shareId);
    long click = node.sql.number("INSERT INTO link_click (code, visitor) VALUES (?, ?) RETURNING id",
        "link" + shareId, visitor);
    node.sql.update("INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, click_id) "
        + "SELECT company_id, employee_id, 'click', 1, id, ? FROM share WHERE id = ?", click, shareId);
  }

  private static Reply voidShare(String token, Object shareId, String reason) {
    return node.api.postJson("/api/shares/" + shareId + "/void", token, new JsonObject().put("reason", reason).encode());
  }

  private static Reply voidEntry(String token, Object seq, String reason) {
    return node.api.postJson("/api/ledger/" + seq + "/void", token, new JsonObject().put("reason", reason).encode());
  }

  private static long allTimePoints(String name) {
    JsonArray rows = node.api.get("/api/leaderboard?period=all&limit=50", node.screenToken()).json().getJsonArray("rows");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.getJsonObject(i).getString("name").equals(name)) {
        return rows.getJsonObject(i).getLong("points");
      }
    }
    return 0;
  }

  private static String footprint() {
    return "ledger=" + node.sql.number("SELECT count(*) FROM ledger_entry")
        + " points=" + node.sql.number("SELECT sum(points) FROM ledger_entry")
        + " voidedShares=" + node.sql.number("SELECT count(*) FROM share WHERE voided_at IS NOT NULL");
  }

  private static List<Long> reversedSeqs(Reply r) {
    List<Long> out = new ArrayList<>();
    JsonArray reversed = r.json().getJsonArray("reversed");
    for (int i = 0; i < reversed.size(); i++) {
      out.add(reversed.getJsonObject(i).getLong("reverses"));
    }
    return out;
  }

  @Test
  @DisplayName("Voiding a share reverses its points, bonuses and clicks, marks it voided with the reason, and drops the boards at once")
  void voidShareReversesAllItEarned() {
    long shareId = share("sanne", "Acme opens its robotics lab in Riga", "linkedin");
    long boardBefore = allTimePoints("Sanne de Vries");
    long ledgerBefore = node.sql.number("SELECT count(*) FROM ledger_entry");

    Reply r = voidShare(liaison, shareId, "Posted to a private group, not public");

    assertEquals(200, r.status(), r.text());
    assertEquals(List.of(entryOf(shareId, "share"), entryOf(shareId, "fresh_bonus"), entryOf(shareId, "click")),
        reversedSeqs(r));
    assertEquals(-16, r.json().getLong("points"), "10 for the share, 5 fresh, 1 click");
    assertEquals(boardBefore - 16, allTimePoints("Sanne de Vries"), "the board dropped at once");
    assertEquals(ledgerBefore + 3, node.sql.number("SELECT count(*) FROM ledger_entry"), "three entries added, none removed");
    assertEquals(0, node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE share_id = ?", shareId));
    assertEquals(3, node.sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ? AND kind = 'reversal' "
        + "AND reason = 'Posted to a private group, not public' AND created_by = ?", shareId, liaisonId));
    assertEquals("Posted to a private group, not public",
        node.sql.text("SELECT void_reason FROM share WHERE id = ? AND voided_at IS NOT NULL AND voided_by = ?",
            shareId, liaisonId));
  }

  @Test
  @DisplayName("Voiding a share twice is 409 already_voided and changes nothing")
  void voidShareTwice() {
    long shareId = share("sanne", "How Kuala Lumpur cut delivery times by 30%", "linkedin");
    assertEquals(200, voidShare(liaison, shareId, "Duplicate post").status());
    String before = footprint();

    Reply again = voidShare(liaison, shareId, "Duplicate post, again");

    assertEquals(409, again.status(), again.text());
    assertEquals("already_voided", again.errorCode());
    assertEquals(before, footprint());
  }

  @Test
  @DisplayName("Voiding one entry (a kudos) reverses only it; again is 409; voiding the reversal itself is 422 not_voidable")
  void voidOneEntry() {
    Reply kudos = node.api.postJson("/api/kudos", node.signIn("janis@acme.example"), new JsonObject()
        .put("to", node.employeeId("giulia@acme.example")).put("value", "One team").put("message", "Thanks!").encode(),
        "Idempotency-Key", Api.newKey());
    assertEquals(201, kudos.status(), kudos.text());
    long seq = node.sql.number("SELECT seq FROM ledger_entry WHERE kudos_id = ?", kudos.json().getLong("id"));
    long giuliaBefore = allTimePoints("Giulia Rossi");

    Reply r = voidEntry(liaison, seq, "Kudos given by mistake");

    assertEquals(200, r.status(), r.text());
    assertEquals(List.of(seq), reversedSeqs(r));
    assertEquals(-5, r.json().getLong("points"));
    assertEquals(giuliaBefore - 5, allTimePoints("Giulia Rossi"));
    long reversal = r.json().getJsonArray("reversed").getJsonObject(0).getLong("seq");
    String before = footprint();

    Reply twice = voidEntry(liaison, seq, "Kudos given by mistake");
    Reply ofReversal = voidEntry(liaison, reversal, "Undo the undo");

    assertEquals(409, twice.status(), twice.text());
    assertEquals("already_voided", twice.errorCode());
    assertEquals(422, ofReversal.status(), ofReversal.text());
    assertEquals("not_voidable", ofReversal.errorCode());
    assertEquals(before, footprint());
  }

  @Test
  @DisplayName("A share whose bonus was voided on its own: voiding the share reverses only what is left")
  void voidShareAfterOneEntry() {
    long shareId = share("giulia", "A day with our field technicians", "linkedin");
    assertEquals(200, voidEntry(liaison, entryOf(shareId, "fresh_bonus"), "Not actually fresh").status());

    Reply r = voidShare(liaison, shareId, "Wrong account");

    assertEquals(200, r.status(), r.text());
    assertEquals(List.of(entryOf(shareId, "share")), reversedSeqs(r));
    assertEquals(-10, r.json().getLong("points"));
    assertEquals(0, node.sql.number("SELECT sum(points) FROM ledger_entry WHERE share_id = ?", shareId));
  }

  @Test
  @DisplayName("Another company's share or entry, or ids that name nothing, are 404 and change nothing")
  void otherCompanysIdsAreNotFound() {
    String before = footprint();

    Reply share = voidShare(liaison, globexShare, "Guessing ids");
    Reply entry = voidEntry(liaison, globexEntry, "Guessing ids");
    Reply unknownShare = voidShare(liaison, 999_999, "Guessing ids");
    Reply unknownEntry = voidEntry(liaison, 999_999, "Guessing ids");
    Reply notANumber = voidShare(liaison, "abc", "Guessing ids");

    for (Reply r : List.of(share, unknownShare, notANumber)) {
      assertEquals(404, r.status(), r.text());
      assertEquals("share_not_found", r.errorCode());
    }
    for (Reply r : List.of(entry, unknownEntry)) {
      assertEquals(404, r.status(), r.text());
      assertEquals("entry_not_found", r.errorCode());
    }
    assertEquals(before, footprint());
    assertEquals(0, node.sql.number("SELECT count(*) FROM share WHERE id = ? AND voided_at IS NOT NULL", globexShare));
  }

  @Test
  @DisplayName("A void by an employee or an office screen is 403 forbidden; without a reason it is 400; nothing changes")
  void onlyLiaisonsVoid() {
    long shareId = share("janis", "Our warehouse robot wins a Red Dot award", "linkedin");
    String employee = node.signIn("daan@acme.example");
    String before = footprint();

    Reply byEmployee = voidShare(employee, shareId, "I don't like it");
    Reply entryByEmployee = voidEntry(employee, entryOf(shareId, "share"), "I don't like it");
    Reply byScreen = voidShare(node.screenToken(), shareId, "I don't like it");
    Reply noReason = node.api.postJson("/api/shares/" + shareId + "/void", liaison, "{}");
    Reply noToken = voidShare(null, shareId, "I don't like it");

    for (Reply r : List.of(byEmployee, entryByEmployee, byScreen)) {
      assertEquals(403, r.status(), r.text());
      assertEquals("forbidden", r.errorCode());
    }
    assertEquals(400, noReason.status(), noReason.text());
    assertEquals("invalid_field", noReason.errorCode());
    assertEquals(401, noToken.status());
    assertEquals(before, footprint());
  }

  @Test
  @DisplayName("Ten parallel voids of one entry: one 200, nine 409 already_voided, exactly one reversal")
  void parallelEntryVoidsReverseOnce() throws Exception {
    long seq = entryOf(share("daan", "How Kuala Lumpur cut delivery times by 30%", "x"), "share");

    List<Reply> replies = Parallel.run(10, i -> voidEntry(liaison, seq, "Parallel void " + i));

    assertEquals(1, replies.stream().filter(r -> r.status() == 200).count());
    assertEquals(9, replies.stream().filter(r -> r.status() == 409 && "already_voided".equals(r.errorCode())).count());
    assertEquals(1, node.sql.number("SELECT count(*) FROM ledger_entry WHERE reverses = ?", seq));
  }

  @Test
  @DisplayName("Ten parallel voids of one share: one 200, nine 409 already_voided, each entry reversed once")
  void parallelShareVoidsReverseOnce() throws Exception {
    long shareId = share("aisyah", "Our warehouse robot wins a Red Dot award", "linkedin");

    List<Reply> replies = Parallel.run(10, i -> voidShare(liaison, shareId, "Parallel void " + i));

    assertEquals(1, replies.stream().filter(r -> r.status() == 200).count());
    assertEquals(9, replies.stream().filter(r -> r.status() == 409 && "already_voided".equals(r.errorCode())).count());
    assertEquals(1, node.sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ? AND kind = 'reversal'",
        shareId));
  }

  @Test
  @DisplayName("A share void racing voids of its own entries: no error, and every entry is reversed exactly once")
  void shareVoidRacingEntryVoids() throws Exception {
    long shareId = share("marco", "A day with our field technicians", "linkedin");
    List<Long> entries = List.of(entryOf(shareId, "share"), entryOf(shareId, "fresh_bonus"),
        entryOf(shareId, "own_words_bonus"));

    List<Reply> replies = Parallel.run(7, i -> i == 0 ? voidShare(liaison, shareId, "Race")
        : voidEntry(liaison, entries.get(i % 3), "Race " + i));

    for (Reply r : replies) {
      assertTrue(r.status() == 200 || (r.status() == 409 && "already_voided".equals(r.errorCode())), r.text());
    }
    assertEquals(200, replies.get(0).status(), "the share void itself goes through");
    for (long seq : entries) {
      assertEquals(1, node.sql.number("SELECT count(*) FROM ledger_entry WHERE reverses = ?", seq), "entry " + seq);
    }
    assertEquals(0, node.sql.number("SELECT sum(points) FROM ledger_entry WHERE share_id = ?", shareId));
  }
}
