package io.chorus.extension.screen;

import java.util.function.DoubleSupplier;

/**
 * How long the screen waits before it reconnects: the server's {@code retry:} hint as the first step,
 * doubling with each failure in a row, capped, with "equal jitter" (a random point in the upper half
 * of the step) so that every TV in a building does not reconnect in the same millisecond after a
 * server restart. A stream that delivers a board again {@link #reset()}s it. DOM-free.
 */
public final class Backoff {
  /** Used until the server has sent a hint (EventSource's own default is in this range). */
  public static final int DEFAULT_BASE_MILLIS = 2_000;
  /** A hint of 0 must not turn into a busy loop against a struggling server. */
  public static final int MIN_BASE_MILLIS = 250;
  public static final int CAP_MILLIS = 30_000;

  private final DoubleSupplier random;
  private int failures;

  /** {@code random} yields values in [0, 1): {@code Math::random} in the browser, fixed in tests. */
  public Backoff(DoubleSupplier random) {
    this.random = random;
  }

  /** The delay before the next attempt; {@code hintMillis} is the server's retry hint, or -1. */
  public int next(int hintMillis) {
    int base = hintMillis < 0 ? DEFAULT_BASE_MILLIS : Math.max(MIN_BASE_MILLIS, Math.min(hintMillis, CAP_MILLIS));
    double step = Math.min(CAP_MILLIS, base * Math.pow(2, Math.min(failures, 16)));
    failures++;
    return (int) (step / 2 + random.getAsDouble() * step / 2);
  }

  /** Failures in a row so far. */
  public int failures() {
    return failures;
  }

  /** The stream works again: the next outage starts from the hint. */
  public void reset() {
    failures = 0;
  }
}
