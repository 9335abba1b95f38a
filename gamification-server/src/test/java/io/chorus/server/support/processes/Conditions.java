package io.chorus.server.support.processes;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waiting for another process to make something true (a node joins, HAProxy marks a server down): there
 * is nothing in the test's JVM to be notified by, so the condition is checked every 50 ms until the
 * deadline. A slow machine only makes the wait longer, never the test wrong.
 */
public final class Conditions {
  private Conditions() {}

  public static void await(BooleanSupplier condition, Duration limit, String what) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + limit.toSeconds() + " s: " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
  }
}
