package io.chorus.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.demo.DemoCompany;
import io.chorus.server.support.Api;
import io.chorus.server.support.Api.Reply;
import io.chorus.server.support.Parallel;
import io.chorus.server.support.Seed;
import io.chorus.server.support.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in limits on a real node and PostgreSQL. The node trusts X-Forwarded-For from 127.0.0.1 only
 * (CHORUS_TRUSTED_PROXIES), which is how these tests come from many addresses; the password checks are
 * counted by the real hasher.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Sign-in under attack: limits decided before any password is checked")
class SignInLimitsTest {
  private static TestNode node;
  private static Seed seed;
  private static Api crowd;

  @BeforeAll
  static void start(Vertx vertx) {
    node = TestNode.start(vertx, "sign_in_limits", Map.of("CHORUS_TRUSTED_PROXIES", "127.0.0.1"));
    seed = new Seed(node);
    crowd = Api.http1(node.url());
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static Reply signIn(String email, String password, String from) {
    return crowd.postJson("/api/auth/sign-in", null,
        new JsonObject().put("email", email).put("password", password).encode(), "X-Forwarded-For", from);
  }

  private static PasswordHasher hasher() {
    return node.node.services().passwords();
  }

  private static long count(List<Reply> replies, Predicate<Reply> which) {
    return replies.stream().filter(which).count();
  }

  private static long retryAfter(Reply r) {
    return Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
  }

  private static String footprint() {
    return node.sql.footprint() + " badges=" + node.sql.number("SELECT count(*) FROM badge_award");
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  @Test
  @DisplayName("1,000 simultaneous wrong passwords for one account from one address: at most 5 real checks, "
      + "every other answer 429 with Retry-After, heap growth bounded, nothing changed")
  void burstOnOneAccount() throws Exception {
    String target = seed.employee("Burst Target");
    String before = footprint();
    long checksBefore = hasher().checksRun();
    long heapBefore = usedHeapAfterGc();
    // Eden holds garbage by design; what outlives a young collection (survivors, old generation) is
    // what grows a heap.
    List<MemoryPoolMXBean> heldPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && !p.getName().contains("Eden")).toList();
    heldPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long heldBefore = heldPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    long started = System.nanoTime();

    List<Reply> replies = Parallel.run(1000, i -> signIn(target, "wrong-" + i, "203.0.113.7"));

    long millis = (System.nanoTime() - started) / 1_000_000;
    // The sum of each pool's own peak: at least their real peak together (pools peak at different times).
    long peakHeld = heldPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long heapAfter = usedHeapAfterGc();
    long checks = hasher().checksRun() - checksBefore;
    long refused = count(replies, r -> r.status() == 429);
    System.out.printf("Sign-in burst: %d checks, %d x 401, %d x 429, %d ms; heap after GC %d MB -> %d MB; "
        + "survivor+old %d MB, peak %d MB%n", checks, count(replies, r -> r.status() == 401), refused, millis,
        heapBefore >> 20, heapAfter >> 20, heldBefore >> 20, peakHeld >> 20);

    assertTrue(checks >= 1 && checks <= SignInLimits.PER_ACCOUNT, "real password checks: " + checks);
    assertEquals(checks, count(replies, r -> r.status() == 401 && "bad_credentials".equals(r.errorCode())),
        "every check answered 401, nothing else did");
    assertEquals(1000 - checks, refused, "everything else refused as too many attempts");
    for (Reply r : replies) {
      if (r.status() == 429) {
        assertEquals("too_many_attempts", r.errorCode());
        assertNotNull(r.json().getJsonObject("error").getString("message"));
        long seconds = retryAfter(r);
        assertTrue(seconds >= 1 && seconds <= 300, "Retry-After " + seconds);
      }
    }
    // The test's own client shares this JVM and keeps its 1,000 idle connections: a generous bound.
    assertTrue(heapAfter - heapBefore < 128L << 20, "retained heap grew by " + ((heapAfter - heapBefore) >> 20) + " MB");
    assertTrue(peakHeld - heldBefore < 256L << 20, "survivor+old peaked " + ((peakHeld - heldBefore) >> 20)
        + " MB above where they started (the heap grew by 2.6 GB before these limits)");
    assertEquals(before, footprint(), "no share, ledger entry, point or badge");

    // The attacker's address is shut for this account even with the right password; the owner's is not.
    Reply attackerRight = signIn(target, DemoCompany.PASSWORD, "203.0.113.7");
    assertEquals(429, attackerRight.status());
    Reply owner = signIn(target, DemoCompany.PASSWORD, "198.51.100.23");
    assertEquals(200, owner.status(), owner.text());
    assertEquals(target, owner.json().getJsonObject("profile").getString("email"));
  }

  @Test
  @DisplayName("A locked account still lets its owner in from a network that has not failed for it; each "
      + "other network gets one try, and the attacker's network stays shut")
  void lockedAccountLetsTheOwnerIn() {
    String target = seed.employee("Locked Owner");
    for (int i = 0; i < SignInLimits.PER_ACCOUNT; i++) {
      assertEquals(401, signIn(target, "guess-" + i, "203.0.113.20").status());
    }
    Reply sixth = signIn(target, "guess-6", "203.0.113.20");
    assertEquals(429, sixth.status());
    assertEquals("too_many_attempts", sixth.errorCode());
    assertTrue(retryAfter(sixth) > 60, "the account's window: " + retryAfter(sixth));
    assertEquals(429, signIn(target, DemoCompany.PASSWORD, "203.0.113.20").status(),
        "the right password from the attacker's network is refused too");

    // A second attacking network: one guess, then shut.
    assertEquals(401, signIn(target, "guess-7", "203.0.113.21").status());
    assertEquals(429, signIn(target, "guess-8", "203.0.113.21").status());
    assertEquals(429, signIn(target, DemoCompany.PASSWORD, "203.0.113.21").status());

    // The owner, from home: in at once.
    Reply owner = signIn(target, DemoCompany.PASSWORD, "198.51.100.40");
    assertEquals(200, owner.status(), owner.text());
    // ... and again later the same day from the same place.
    assertEquals(200, signIn(target, DemoCompany.PASSWORD, "198.51.100.40").status());
  }

  @Test
  @DisplayName("IPv6 addresses of one /64 are one network for the limits")
  void ipv6CountsByPrefix() {
    String target = seed.employee("Six Target");
    for (int i = 0; i < SignInLimits.PER_ACCOUNT; i++) {
      assertEquals(401, signIn(target, "guess-" + i, "2001:db8:7:1::" + Integer.toHexString(i + 1)).status());
    }
    assertEquals(429, signIn(target, "guess", "2001:db8:7:1:ffff::99").status(), "same /64, new address");
    assertEquals(200, signIn(target, DemoCompany.PASSWORD, "2001:db8:7:2::1").status(), "another /64");
  }

  @Test
  @DisplayName("One network guessing across accounts: 20 failures, then 429 for every account (right passwords too)")
  void perAddressLimit() {
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < SignInLimits.PER_ADDRESS + 3; i++) {
      accounts.add(seed.employee("Sprayed " + i));
    }
    String from = "192.0.2.77";
    for (int i = 0; i < SignInLimits.PER_ADDRESS; i++) {
      assertEquals(401, signIn(accounts.get(i), "Winter2026!", from).status(), "attempt " + i);
    }
    Reply over = signIn(accounts.get(SignInLimits.PER_ADDRESS), "Winter2026!", from);
    assertEquals(429, over.status());
    assertEquals("too_many_attempts", over.errorCode());
    assertEquals(429, signIn(accounts.get(SignInLimits.PER_ADDRESS + 1), DemoCompany.PASSWORD, from).status());
    assertEquals(200, signIn(accounts.get(SignInLimits.PER_ADDRESS + 2), DemoCompany.PASSWORD, "192.0.2.78").status(),
        "another network is not affected");
  }

  @Test
  @DisplayName("200 accounts from 200 addresses at once: never more checks in flight than the node's budget "
      + "(workers + queue), never more running than the workers; the rest 503 sign_in_busy with Retry-After")
  void overallBudgetHolds() throws Exception {
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      accounts.add(seed.employee("Crowd " + i));
    }
    SignInLimits limits = node.node.services().signInLimits();
    limits.resetPeak();
    long checksBefore = hasher().checksRun();
    String before = footprint();

    List<Reply> replies = Parallel.run(200, i -> signIn(accounts.get(i), "wrong-" + i, "10.9." + (i / 100) + "." + (i % 100 + 1)));

    long checks = hasher().checksRun() - checksBefore;
    long busy = count(replies, r -> r.status() == 503);
    System.out.printf("200 accounts x 200 addresses: %d checks, %d x 503, peak in flight %d of %d, peak running %d%n",
        checks, busy, limits.peakInFlight(), limits.budget(), hasher().peakRunning());
    assertTrue(limits.peakInFlight() <= limits.budget(), "in flight at once: " + limits.peakInFlight());
    assertTrue(hasher().peakRunning() <= hasher().threads(), "running at once: " + hasher().peakRunning());
    assertEquals(checks, count(replies, r -> r.status() == 401), "every admitted attempt was checked and answered 401");
    assertEquals(200 - checks, busy, "every other one was refused before any check");
    assertTrue(busy > 0, "the budget refused some of 200 at once");
    for (Reply r : replies) {
      if (r.status() == 503) {
        assertEquals("sign_in_busy", r.errorCode());
        assertEquals(1, retryAfter(r));
      }
    }
    assertEquals(before, footprint());
    assertEquals(200, signIn(accounts.get(0), DemoCompany.PASSWORD, "10.9.9.9").status(), "and then it serves again");
  }

  @Test
  @DisplayName("X-Forwarded-For from an untrusted peer is ignored: on a node without trusted proxies, "
      + "rotating the header does not escape the limits")
  void forwardedHeaderIgnoredFromUntrustedPeers(Vertx vertx) {
    try (TestNode plain = TestNode.start(vertx, "sign_in_untrusted")) {
      String target = new Seed(plain).employee("Rotator");
      for (int i = 0; i < SignInLimits.PER_ACCOUNT; i++) {
        Reply r = plain.api.postJson("/api/auth/sign-in", null, new JsonObject().put("email", target)
            .put("password", "guess-" + i).encode(), "X-Forwarded-For", "198.18.0." + (i + 1));
        assertEquals(401, r.status());
      }
      Reply rotated = plain.api.postJson("/api/auth/sign-in", null, new JsonObject().put("email", target)
          .put("password", DemoCompany.PASSWORD).encode(), "X-Forwarded-For", "198.18.1.1");
      assertEquals(429, rotated.status(), "one peer, one network, whatever the header says");
    }
  }
}
