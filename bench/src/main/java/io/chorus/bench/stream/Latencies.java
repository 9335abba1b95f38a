package io.chorus.bench.stream;

import java.util.Arrays;

/** Delivery latencies in nanoseconds (one per stream per share), sorted for percentiles. */
final class Latencies {
  private long[] nanos = new long[1 << 16];
  private int count;

  void add(long latencyNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latencyNanos;
  }

  int count() {
    return count;
  }

  /** The nearest-rank percentile in milliseconds (p in (0, 100]); NaN when nothing was recorded. */
  double percentileMillis(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1_000_000.0;
  }
}
