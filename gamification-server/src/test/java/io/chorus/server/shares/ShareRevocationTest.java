package io.chorus.server.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.chorus.shared.wire.ApiPaths;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A share report's token is checked for revocation by the share's own first statements, not by a query
 * before them: a signed-out or deactivated person is still refused at once, with nothing kept, whatever
 * else is wrong with the report, alone or among others written together.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A revoked token's share report is refused with 401 token_revoked and changes nothing")
class ShareRevocationTest {
  private static TestNode node;
  private static Seed seed;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "share_revocation");
    seed = new Seed(node);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static JsonObject shareOf(long item) {
    return new JsonObject().put("contentId", item).put("network", "linkedin");
  }

  private static void signOutEverywhere(String token) {
    assertEquals(200, node.api.postJson("/api/auth/sign-out-everywhere", token, "{}").status());
  }

  private static void assertRevoked(Reply reply) {
    assertEquals(401, reply.status(), reply.text());
    assertEquals("token_revoked", reply.errorCode(), reply.text());
  }

  @Test
  @DisplayName("Signed out everywhere: the next report is refused and nothing is written")
  void signedOut() {
    String token = node.signIn(seed.employee("Signed Out Sharer"));
    long item = seed.item("Signed out item", Duration.ofDays(3));
    signOutEverywhere(token);
    String before = node.sql.footprint();

    assertRevoked(node.api.report(token, Api.newKey(), shareOf(item)));
    assertEquals(before, node.sql.footprint());
  }

  @Test
  @DisplayName("Deactivated by a liaison: the next report is refused and nothing is written")
  void deactivated() throws Exception {
    String email = seed.employee("Deactivated Sharer");
    String token = node.signIn(email);
    long item = seed.item("Deactivated item", Duration.ofDays(3));
    node.sql.update("UPDATE employee SET active = false WHERE id = ?", node.employeeId(email));
    String before = node.sql.footprint();

    assertRevoked(node.api.report(token, Api.newKey(), shareOf(item)));
    assertEquals(before, node.sql.footprint());
  }

  @Test
  @DisplayName("A signed-out person's bad report (malformed JSON, no key, unknown item) is refused as revoked")
  void revokedBeforeBadInput() {
    String token = node.signIn(seed.employee("Signed Out Typist"));
    signOutEverywhere(token);
    String before = node.sql.footprint();

    assertRevoked(node.api.postJson("/api/shares", token, "{\"contentId\": 1,", "Idempotency-Key", Api.newKey()));
    assertRevoked(node.api.postJson("/api/shares", token, shareOf(1).encode()));
    assertRevoked(node.api.report(token, Api.newKey(), shareOf(999_999)));
    assertEquals(before, node.sql.footprint());
  }

  @Test
  @DisplayName("A retry of an acknowledged report after signing out gets 401, not the kept answer")
  void noReplayAfterSignOut() {
    String token = node.signIn(seed.employee("Replaying Sharer"));
    long item = seed.item("Replayed item", Duration.ofDays(3));
    String key = Api.newKey();
    Reply first = node.api.report(token, key, shareOf(item));
    assertEquals(201, first.status(), first.text());
    signOutEverywhere(token);

    Reply retry = node.api.report(token, key, shareOf(item));

    assertRevoked(retry);
    assertNull(retry.headers().firstValue(ApiPaths.REPLAYED_HEADER).orElse(null), "no kept answer was sent");
  }

  @Test
  @DisplayName("Among 24 reports sent at once, a signed-out person's is refused and the other 23 count once each")
  void revokedAmongManyAtOnce() {
    long item = seed.item("Busy item", Duration.ofDays(3));
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      tokens.add(node.signIn(seed.employee("Busy Sharer " + i)));
    }
    String revoked = tokens.get(11);
    signOutEverywhere(revoked);
    long sharesBefore = node.sql.number("SELECT count(*) FROM share WHERE content_id = ?", item);

    List<CompletableFuture<Reply>> replies = new ArrayList<>();
    for (String token : tokens) {
      replies.add(node.api.reportAsync(token, Api.newKey(), shareOf(item)));
    }

    for (int i = 0; i < tokens.size(); i++) {
      Reply r = replies.get(i).join();
      if (i == 11) {
        assertRevoked(r);
      } else {
        assertEquals(201, r.status(), r.text());
      }
    }
    assertEquals(sharesBefore + 23, node.sql.number("SELECT count(*) FROM share WHERE content_id = ?", item));
    assertEquals(23, node.sql.number("SELECT count(*) FROM ledger_entry l JOIN share s ON s.id = l.share_id "
        + "WHERE s.content_id = ? AND l.kind = 'share'", item));
  }
}
