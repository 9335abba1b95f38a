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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("The daily cap (25 here, set by the liaison) holds for sequential and parallel reports")
class DailyCapTest {
  private static final int CAP = 25;
  private static TestNode node;
  private static Seed seed;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "daily_cap");
    seed = new Seed(node);
    ScoringRules d = ScoringRules.DEFAULT;
    ScoringRules capped = new ScoringRules(d.linkedInShare(), d.xShare(), d.freshBonus(), d.ownWordsBonus(),
        d.clickPoints(), d.kudosPoints(), d.kudosPerWeek(), CAP);
    Reply put = node.api.putJson("/api/rules", node.signIn("liga@acme.example"),
        JsonWriter.encode(capped::write).encode());
    assertEquals(200, put.status(), put.text());
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static JsonObject report(long item) {
    return new JsonObject().put("contentId", item).put("network", "linkedin");
  }

  private static long ledgerToday(String email) {
    return node.sql.number("SELECT coalesce(sum(points), 0) FROM ledger_entry WHERE employee_id = ? "
        + "AND (created_at AT TIME ZONE 'Europe/Riga')::date = (now() AT TIME ZONE 'Europe/Riga')::date",
        node.employeeId(email));
  }

  @Test
  @DisplayName("10, 10, then 5 of a fresh share's 15 (base first, no fresh-bonus entry), then 0 with its share entry kept")
  void sequentialReportsStopAtTheCap() {
    String email = seed.employee("Capped");
    String token = node.signIn(email);

    Reply first = node.api.report(token, Api.newKey(), report(seed.item("Cap one", Duration.ofDays(3))));
    Reply second = node.api.report(token, Api.newKey(), report(seed.item("Cap two", Duration.ofDays(3))));
    Reply third = node.api.report(token, Api.newKey(), report(seed.item("Cap three, fresh", Duration.ofHours(1))));
    Reply fourth = node.api.report(token, Api.newKey(), report(seed.item("Cap four", Duration.ofDays(3))));

    assertEquals(List.of(10L, 10L, 5L, 0L), List.of(first, second, third, fourth).stream()
        .map(r -> r.json().getLong("points")).toList());
    long thirdShare = third.json().getLong("shareId");
    assertEquals(5, node.sql.number("SELECT points FROM ledger_entry WHERE share_id = ? AND kind = 'share'", thirdShare));
    assertEquals(0, node.sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ? AND kind = 'fresh_bonus'",
        thirdShare));
    long fourthShare = fourth.json().getLong("shareId");
    assertEquals(1, node.sql.number("SELECT count(*) FROM ledger_entry WHERE share_id = ? AND kind = 'share' "
        + "AND points = 0", fourthShare));
    assertEquals(0, node.sql.number("SELECT points FROM share WHERE id = ?", fourthShare));
    assertEquals(CAP, ledgerToday(email));
  }

  @Test
  @DisplayName("20 parallel reports by one person: all acknowledged, and together they earn exactly the cap, never more")
  void parallelReportsNeverPassTheCap() {
    String email = seed.employee("Parallel");
    String token = node.signIn(email);
    List<Long> items = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      items.add(seed.item("Parallel cap item " + i, i % 2 == 0 ? Duration.ofHours(2) : Duration.ofDays(3)));
    }

    List<Reply> replies = items.stream().map(item -> node.api.reportAsync(token, Api.newKey(), report(item)))
        .toList().stream().map(CompletableFuture::join).toList();

    assertEquals(Set.of(201), replies.stream().map(Reply::status).collect(Collectors.toSet()));
    long employee = node.employeeId(email);
    assertEquals(CAP, ledgerToday(email), "the day's ledger for the person");
    assertEquals(CAP, replies.stream().mapToLong(r -> r.json().getLong("points")).sum(), "the receipts");
    assertEquals(CAP, node.sql.number("SELECT sum(points) FROM share WHERE employee_id = ?", employee));
    assertEquals(CAP, node.sql.number("SELECT earned FROM points_day WHERE employee_id = ?", employee));
    assertEquals(20, node.sql.number("SELECT count(*) FROM ledger_entry WHERE employee_id = ? AND kind = 'share'",
        employee), "every share has its entry");
  }
}
