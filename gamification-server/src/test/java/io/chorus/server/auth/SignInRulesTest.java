package io.chorus.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.http.RetryLaterException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sign-in rules on their own, with a clock the test moves: what a window, a lock and a success do. */
@DisplayName("Sign-in rules over time: windows expire, successes forgive only their own network")
class SignInRulesTest {
  /** A clock that stands still until the test moves it. */
  private static final class TestClock extends Clock {
    long millis = 1_700_000_000_000L;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }
  }

  private final TestClock clock = new TestClock();
  private final SignInLimits limits = new SignInLimits(clock, 18);

  private void fail(String email, String network, int times) {
    for (int i = 0; i < times; i++) {
      limits.admit(email, network).failed();
    }
  }

  @Test
  @DisplayName("A locked account opens again when its failures leave the 5-minute window; Retry-After says when")
  void lockExpires() {
    fail("ann@acme.example", "203.0.113.1", SignInLimits.PER_ACCOUNT);
    clock.millis += 60_000;

    RetryLaterException locked = assertThrows(RetryLaterException.class,
        () -> limits.admit("ann@acme.example", "203.0.113.1"));
    assertEquals("too_many_attempts", locked.code().code());
    assertEquals(240, locked.retryAfterSeconds());

    clock.millis += 240_000;
    limits.admit("ANN@acme.example", "203.0.113.1").failed();
  }

  @Test
  @DisplayName("A success forgives the failures its own network made (the owner's typos), not anyone else's; "
      + "the owner's network stays clean for a locked account")
  void successForgivesOnlyItsNetwork() {
    fail("bob@acme.example", "198.51.100.1", SignInLimits.PER_ACCOUNT - 1); // the owner's typos at home
    limits.admit("bob@acme.example", "198.51.100.1").succeeded();

    fail("bob@acme.example", "203.0.113.9", SignInLimits.PER_ACCOUNT); // all five admitted: the typos are gone
    assertThrows(RetryLaterException.class, () -> limits.admit("bob@acme.example", "203.0.113.9"));
    limits.admit("bob@acme.example", "198.51.100.1").succeeded(); // locked, yet home is clean
    assertThrows(RetryLaterException.class, () -> limits.admit("bob@acme.example", "203.0.113.9"),
        "the owner's success did not forgive the attacker");
  }

  @Test
  @DisplayName("Admitted attempts count before they are settled: the sixth concurrent one is refused")
  void reservationsCount() {
    List<SignInLimits.Ticket> open = new ArrayList<>();
    for (int i = 0; i < SignInLimits.PER_ADDRESS_IN_FLIGHT; i++) {
      open.add(limits.admit("cat@acme.example", "192.0.2." + (i + 1)));
    }
    open.add(limits.admit("cat@acme.example", "192.0.2.50"));
    // Five in flight for the account: locked, and every network already trying is not clean.
    assertThrows(RetryLaterException.class, () -> limits.admit("cat@acme.example", "192.0.2.1"));
    limits.admit("cat@acme.example", "192.0.2.99").abandoned(); // a clean network still may
    open.forEach(SignInLimits.Ticket::abandoned);
    limits.admit("cat@acme.example", "192.0.2.1").succeeded(); // abandoned attempts counted nothing
  }

  @Test
  @DisplayName("The node-wide budget refuses with 503 sign_in_busy and Retry-After 1, and frees up when checks end")
  void budget() {
    SignInLimits small = new SignInLimits(clock, 3);
    List<SignInLimits.Ticket> open = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      open.add(small.admit("u" + i + "@acme.example", "10.0.0." + i));
    }
    RetryLaterException busy = assertThrows(RetryLaterException.class, () -> small.admit("x@acme.example", "10.0.1.1"));
    assertEquals("sign_in_busy", busy.code().code());
    assertEquals(503, busy.code().status());
    assertEquals(1, busy.retryAfterSeconds());
    assertEquals(3, small.peakInFlight());

    open.get(0).failed();
    small.admit("x@acme.example", "10.0.1.1").failed();
  }

  @Test
  @DisplayName("Settling a ticket twice counts once")
  void settleOnce() {
    SignInLimits.Ticket t = limits.admit("dan@acme.example", "10.1.1.1");
    t.failed();
    t.failed();
    t.succeeded();
    fail("dan@acme.example", "10.1.1.1", SignInLimits.PER_ACCOUNT - 1);
    assertTrue(assertThrows(RetryLaterException.class, () -> limits.admit("dan@acme.example", "10.1.1.1"))
        .retryAfterSeconds() >= 1);
  }
}
