package io.chorus.server.auth;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Backs off repeated failed sign-ins, per account and per client address, over a sliding window.
 * In memory on each node: it slows guessing down; it is not the record of anything.
 */
public final class SignInThrottle {
  static final long WINDOW_MILLIS = 5 * 60_000;
  static final int MAX_PER_ACCOUNT = 5;
  static final int MAX_PER_ADDRESS = 20;

  private final Clock clock;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether another attempt for this account from this address may be checked now. */
  public boolean allows(String email, String address) {
    long now = clock.millis();
    return recent("a:" + email.toLowerCase(), now) < MAX_PER_ACCOUNT
        && recent("ip:" + address, now) < MAX_PER_ADDRESS;
  }

  public void failed(String email, String address) {
    long now = clock.millis();
    record("a:" + email.toLowerCase(), now);
    record("ip:" + address, now);
    if (failures.size() > 10_000) {
      prune(now);
    }
  }

  public void succeeded(String email) {
    failures.remove("a:" + email.toLowerCase());
  }

  private int recent(String key, long now) {
    Deque<Long> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
        times.pollFirst();
      }
      return times.size();
    }
  }

  private void record(String key, long now) {
    Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
    }
  }

  private void prune(long now) {
    for (Iterator<Map.Entry<String, Deque<Long>>> it = failures.entrySet().iterator(); it.hasNext(); ) {
      if (recent(it.next().getKey(), now) == 0) {
        it.remove();
      }
    }
  }
}
