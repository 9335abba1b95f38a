package io.chorus.server.auth;

import io.chorus.server.http.RetryLaterException;
import io.chorus.shared.wire.ErrorCode;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a sign-in may be checked at all, before anything is looked up or hashed. Every
 * decision and its reservation happen in one synchronized step, so a thousand simultaneous requests
 * see each other: an admitted attempt counts as a failure-in-waiting until it is settled.
 *
 * <p>The rules, over a sliding window of {@link #WINDOW_MILLIS}:
 * <ol>
 *   <li><b>Node-wide:</b> at most {@code budget} checks in flight (password workers + their queue);
 *       beyond that, 503 {@code sign_in_busy} with {@code Retry-After: 1}. The heap never holds more
 *       than that many sign-ins.</li>
 *   <li><b>Per client network</b> (IPv4 address, IPv6 /64): at most {@link #PER_ADDRESS_IN_FLIGHT}
 *       checks at once, and at most {@link #PER_ADDRESS} failures (in flight included) per window.</li>
 *   <li><b>Per account:</b> after {@link #PER_ACCOUNT} failures (in flight included) the account is
 *       <i>locked</i>. A locked account still lets in a network that has not failed for this account in
 *       the window: it gets one attempt at a time, and its first failure closes it too. So an attacker
 *       cannot lock the owner out from elsewhere — the owner's own network stays clean — while each
 *       attacking network gets {@link #PER_ACCOUNT} guesses, then one, per window.</li>
 * </ol>
 * A successful sign-in forgets the failures that network made for the account (the owner's own
 * typos), not anyone else's. Unknown emails are counted exactly like real ones, so the limits say
 * nothing about which accounts exist.
 *
 * <p>In memory: it slows guessing, it is not the record of anything. Each node tells the others what
 * its attempts came to ({@link #onSettled}, {@link #settledElsewhere}, carried by
 * {@link SignInsAcrossNodes}), so behind a balancer the failures of every node count on each and the
 * limits hold for the cluster as for one node (only the in-flight reservations stay per node). Only
 * attempts create entries (at most three each), and they are bounded by the nodes' checking rate, so
 * the tables stay small; past {@link #MAX_TRACKED} entries it refuses (503) rather than grow, and stops
 * recording other nodes' attempts.
 */
public final class SignInLimits {
  private static final Logger log = LoggerFactory.getLogger(SignInLimits.class);

  public static final long WINDOW_MILLIS = 5 * 60_000;
  public static final int PER_ACCOUNT = 5;
  public static final int PER_ADDRESS = 20;
  public static final int PER_ADDRESS_IN_FLIGHT = 4;
  static final int MAX_TRACKED = 200_000;
  private static final long SWEEP_EVERY_MILLIS = 60_000;
  /** Failures kept per entry: enough to decide every rule even after a success removes some. */
  private static final int KEEP = Math.max(PER_ADDRESS, PER_ACCOUNT * 4);

  private final Clock clock;
  private final int budget;
  private final Map<String, Tally> tallies = new HashMap<>();
  private int inFlight;
  private int peakInFlight;
  private long lastSweep;
  private long lastFullWarning;
  private volatile Consumer<Settled> onSettled = settled -> { };

  /** @param budget the most sign-ins in flight on this node (password workers + queue). */
  public SignInLimits(Clock clock, int budget) {
    this.clock = clock;
    this.budget = Math.max(1, budget);
    this.lastSweep = clock.millis();
  }

  private record Failure(long at, String network) {}

  /** What one account, network, or (account, network) pair has done in the window. */
  private static final class Tally {
    final ArrayDeque<Failure> failures = new ArrayDeque<>();
    int inFlight;

    int recent(long now) {
      while (!failures.isEmpty() && failures.peekFirst().at() <= now - WINDOW_MILLIS) {
        failures.pollFirst();
      }
      return failures.size();
    }

    /** Seconds until the failure that is the {@code index}-th oldest leaves the window. */
    long secondsUntilExpiry(int index, long now) {
      int i = 0;
      for (Failure f : failures) {
        if (i++ == Math.max(0, index)) {
          return (f.at() + WINDOW_MILLIS - now + 999) / 1000;
        }
      }
      return 1;
    }

    void add(Failure f) {
      failures.addLast(f);
      while (failures.size() > KEEP) {
        failures.pollFirst();
      }
    }

    boolean idle(long now) {
      return inFlight == 0 && recent(now) == 0;
    }
  }

  /**
   * An admitted attempt: settle it exactly once, with {@link #failed()}, {@link #succeeded()} or
   * {@link #abandoned()}. Until then it counts as a failure for every rule.
   */
  public final class Ticket {
    private final String account;
    private final String network;
    private boolean settled;

    private Ticket(String account, String network) {
      this.account = account;
      this.network = network;
    }

    /** The password was checked and did not match (or there is no such account). */
    public void failed() {
      settle(this, Outcome.FAILED);
    }

    /** The password matched: this network's failures for the account are forgiven. */
    public void succeeded() {
      settle(this, Outcome.SUCCEEDED);
    }

    /** No password was checked (the database failed first): counts nothing. */
    public void abandoned() {
      settle(this, Outcome.ABANDONED);
    }
  }

  private enum Outcome { FAILED, SUCCEEDED, ABANDONED }

  /** A checked attempt, as another node needs to know it: a failure, or a success that forgives. */
  public record Settled(String account, String network, boolean failed) {}

  /** Told of every attempt this node settles with a checked password (not of abandoned ones). */
  public void onSettled(Consumer<Settled> listener) {
    this.onSettled = listener;
  }

  /** An attempt another node settled: counted here as if it had been settled here, now. */
  public synchronized void settledElsewhere(Settled settled) {
    long now = clock.millis();
    String address = "n:" + settled.network();
    String pair = pairKey(settled.account(), settled.network());
    if (settled.failed()) {
      if (tallies.size() + 3 > MAX_TRACKED) {
        return;
      }
      Failure f = new Failure(now, settled.network());
      for (String key : new String[] {address, settled.account(), pair}) {
        tallies.computeIfAbsent(key, k -> new Tally()).add(f);
      }
    } else {
      forgive(settled.account(), settled.network());
      for (String key : new String[] {address, settled.account(), pair}) {
        Tally t = tallies.get(key);
        if (t != null && t.idle(now)) {
          tallies.remove(key);
        }
      }
    }
  }

  /** Failures counted for this email in the window, wherever they happened (for tests and metrics). */
  public synchronized int recentFailures(String email) {
    Tally t = tallies.get(accountKey(email));
    return t == null ? 0 : t.recent(clock.millis());
  }

  /**
   * Admits a sign-in for this email from this client network, reserving its place in every limit, or
   * throws the refusal (429 {@code too_many_attempts} or 503 {@code sign_in_busy}, with Retry-After).
   */
  public synchronized Ticket admit(String email, String network) {
    long now = clock.millis();
    String account = accountKey(email);
    String address = "n:" + network;
    String pair = pairKey(account, network);
    sweepIfDue(now);

    if (inFlight >= budget) {
      throw new RetryLaterException(ErrorCode.SIGN_IN_BUSY, ErrorCode.SIGN_IN_BUSY.message(), 1);
    }
    Tally byAddress = tallies.get(address);
    if (byAddress != null) {
      if (byAddress.inFlight >= PER_ADDRESS_IN_FLIGHT) {
        throw tooMany("Too many sign-ins from your network at once. Try again in a moment.", 1);
      }
      int used = byAddress.recent(now) + byAddress.inFlight;
      if (used >= PER_ADDRESS) {
        long seconds = byAddress.secondsUntilExpiry(used - PER_ADDRESS, now);
        throw tooMany("Too many failed sign-ins from your network. Try again " + inAbout(seconds) + ".", seconds);
      }
    }
    Tally byAccount = tallies.get(account);
    if (byAccount != null) {
      int used = byAccount.recent(now) + byAccount.inFlight;
      if (used >= PER_ACCOUNT) {
        // Locked: only a network that has not failed (and is not trying) for this account gets through.
        Tally byPair = tallies.get(pair);
        if (byPair != null && (byPair.inFlight > 0 || byPair.recent(now) > 0)) {
          long pairClean = byPair.failures.isEmpty() ? 1
              : byPair.secondsUntilExpiry(byPair.failures.size() - 1, now);
          long seconds = Math.min(pairClean, byAccount.secondsUntilExpiry(used - PER_ACCOUNT, now));
          throw tooMany("Too many failed sign-ins for this account. Try again " + inAbout(seconds) + ".", seconds);
        }
      }
    }
    if (tallies.size() + 3 > MAX_TRACKED) {
      if (now - lastFullWarning > 60_000) {
        lastFullWarning = now;
        log.warn("Sign-in limits track {} entries: refusing new sign-ins until the window clears", tallies.size());
      }
      throw new RetryLaterException(ErrorCode.SIGN_IN_BUSY, ErrorCode.SIGN_IN_BUSY.message(), 5);
    }
    tallies.computeIfAbsent(address, k -> new Tally()).inFlight++;
    tallies.computeIfAbsent(account, k -> new Tally()).inFlight++;
    tallies.computeIfAbsent(pair, k -> new Tally()).inFlight++;
    inFlight++;
    peakInFlight = Math.max(peakInFlight, inFlight);
    return new Ticket(account, network);
  }

  private void settle(Ticket ticket, Outcome outcome) {
    if (settleHere(ticket, outcome) && outcome != Outcome.ABANDONED) {
      // Outside the lock: the listener publishes on the event bus.
      onSettled.accept(new Settled(ticket.account, ticket.network, outcome == Outcome.FAILED));
    }
  }

  /** Settles the ticket on this node; false if it was settled already. */
  private synchronized boolean settleHere(Ticket ticket, Outcome outcome) {
    if (ticket.settled) {
      return false;
    }
    ticket.settled = true;
    inFlight--;
    long now = clock.millis();
    String address = "n:" + ticket.network;
    String pair = pairKey(ticket.account, ticket.network);
    Tally byAddress = tallies.get(address);
    Tally byAccount = tallies.get(ticket.account);
    Tally byPair = tallies.get(pair);
    byAddress.inFlight--;
    byAccount.inFlight--;
    byPair.inFlight--;
    switch (outcome) {
      case FAILED -> {
        Failure f = new Failure(now, ticket.network);
        byAddress.add(f);
        byAccount.add(f);
        byPair.add(f);
      }
      case SUCCEEDED -> forgive(ticket.account, ticket.network);
      case ABANDONED -> { }
    }
    for (String key : new String[] {address, ticket.account, pair}) {
      if (tallies.get(key).idle(now)) {
        tallies.remove(key);
      }
    }
    return true;
  }

  /** The owner's own typos from this network no longer count against the account. */
  private void forgive(String account, String network) {
    Tally byPair = tallies.get(pairKey(account, network));
    if (byPair != null) {
      byPair.failures.clear();
    }
    Tally byAccount = tallies.get(account);
    if (byAccount != null) {
      byAccount.failures.removeIf(f -> f.network().equals(network));
    }
  }

  private static String accountKey(String email) {
    return "a:" + email.trim().toLowerCase(Locale.ROOT);
  }

  private static String pairKey(String account, String network) {
    return "p:" + account + "\n" + network;
  }

  /** The most sign-ins that were in flight at once since the last reset (for tests and metrics). */
  public synchronized int peakInFlight() {
    return peakInFlight;
  }

  public synchronized void resetPeak() {
    peakInFlight = inFlight;
  }

  public int budget() {
    return budget;
  }

  private void sweepIfDue(long now) {
    if (now - lastSweep < SWEEP_EVERY_MILLIS && tallies.size() < MAX_TRACKED / 2) {
      return;
    }
    if (now - lastSweep < 1_000) {
      return;
    }
    lastSweep = now;
    for (Iterator<Tally> it = tallies.values().iterator(); it.hasNext(); ) {
      if (it.next().idle(now)) {
        it.remove();
      }
    }
  }

  private static String inAbout(long seconds) {
    if (seconds <= 60) {
      return "in a minute";
    }
    return "in about " + (seconds + 59) / 60 + " minutes";
  }

  private static RetryLaterException tooMany(String message, long seconds) {
    return new RetryLaterException(ErrorCode.TOO_MANY_ATTEMPTS, message, seconds);
  }
}
