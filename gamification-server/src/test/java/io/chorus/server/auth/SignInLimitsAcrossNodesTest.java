package io.chorus.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.chorus.server.support.Waits;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two real nodes on one PostgreSQL and one event bus (what Hazelcast's clustered bus gives a cluster's
 * nodes; the same publish that carries screen revocations, which ClusterProcessTest follows across
 * three JVMs): a balancer that spreads one attacker's guesses over the nodes gives them no more guesses
 * than one node would.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Sign-in limits hold across the nodes behind a balancer")
class SignInLimitsAcrossNodesTest {
  private static final Map<String, String> TRUST_LOOPBACK = Map.of("CHORUS_TRUSTED_PROXIES", "127.0.0.1");
  private static TestNode.Pair nodes;
  private static TestNode first;
  private static TestNode second;
  private static Seed seed;

  @BeforeAll
  static void start(Vertx vertx) {
    nodes = TestNode.pair(vertx, "sign_in_across_nodes", TRUST_LOOPBACK);
    first = nodes.first();
    second = nodes.second();
    seed = new Seed(first);
  }

  @AfterAll
  static void stop() {
    if (nodes != null) {
      nodes.close();
    }
  }

  private static Reply signIn(TestNode node, String email, String password, String from) {
    return Api.http1(node.url()).postJson("/api/auth/sign-in", null,
        new JsonObject().put("email", email).put("password", password).encode(), "X-Forwarded-For", from);
  }

  private static SignInLimits limitsOf(TestNode node) {
    return node.node.services().signInLimits();
  }

  @Test
  @DisplayName("Guesses alternated between two nodes lock the account after 5 in all, on both nodes; the owner "
      + "still gets in from home through either")
  void failuresOnOneNodeCountOnTheOther() {
    String target = seed.employee("Spread Target");
    String attacker = "203.0.113.44";
    for (int i = 0; i < SignInLimits.PER_ACCOUNT; i++) {
      TestNode node = i % 2 == 0 ? first : second;
      assertEquals(401, signIn(node, target, "guess-" + i, attacker).status(), "guess " + i);
    }
    // What the other node was told arrives by the event bus, a moment later.
    assertTrue(Waits.until(() -> limitsOf(first).recentFailures(target) == SignInLimits.PER_ACCOUNT
            && limitsOf(second).recentFailures(target) == SignInLimits.PER_ACCOUNT, Duration.ofSeconds(5)),
        "each node counts all five: " + limitsOf(first).recentFailures(target) + " / "
            + limitsOf(second).recentFailures(target));

    for (TestNode node : new TestNode[] {first, second}) {
      Reply sixth = signIn(node, target, "guess-6", attacker);
      assertEquals(429, sixth.status(), sixth.text());
      assertEquals("too_many_attempts", sixth.errorCode());
      assertEquals(429, signIn(node, target, DemoCompany.PASSWORD, attacker).status(),
          "the right password from the attacker's network is refused on every node");
    }
    assertEquals(200, signIn(second, target, DemoCompany.PASSWORD, "198.51.100.61").status(), "the owner, from home");
    assertEquals(200, signIn(first, target, DemoCompany.PASSWORD, "198.51.100.61").status(), "again, the other node");
  }

  @Test
  @DisplayName("The owner's own typos on one node are forgiven on the other once they sign in")
  void successOnOneNodeForgivesOnTheOther() {
    String owner = seed.employee("Typing Owner");
    String home = "198.51.100.62";
    for (int i = 0; i < SignInLimits.PER_ACCOUNT - 1; i++) {
      assertEquals(401, signIn(first, owner, "typo-" + i, home).status());
    }
    assertTrue(Waits.until(() -> limitsOf(second).recentFailures(owner) == SignInLimits.PER_ACCOUNT - 1,
        Duration.ofSeconds(5)), "the second node heard the typos");
    assertEquals(200, signIn(first, owner, DemoCompany.PASSWORD, home).status());
    assertTrue(Waits.until(() -> limitsOf(second).recentFailures(owner) == 0, Duration.ofSeconds(5)),
        "forgiven on the second node too: " + limitsOf(second).recentFailures(owner));
    // Had the typos still counted there, the next two would lock the owner's own network out.
    assertEquals(401, signIn(second, owner, "typo-again", home).status());
    assertEquals(401, signIn(second, owner, "typo-once-more", home).status());
    assertEquals(200, signIn(second, owner, DemoCompany.PASSWORD, home).status());
  }
}
