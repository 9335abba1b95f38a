package io.chorus.server.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waiting for a condition a test cannot be told about (a row written by a timer, say): poll it, briefly. */
public final class Waits {
  private Waits() {}

  /** Whether the condition held within the time; it is checked every 20 ms. */
  public static boolean until(BooleanSupplier condition, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
