package io.chorus.bench.ingest;

import java.util.Arrays;

/** Latencies in nanoseconds, kept whole (a run has at most some tens of thousands) and sorted for percentiles. */
final class Latencies {
  private long[] nanos = new long[4096];
  private int count;

  void add(long latencyNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latencyNanos;
  }

  /** A snapshot, so a result handed over is not changed by answers that come in later. */
  Latencies copy() {
    Latencies c = new Latencies();
    c.nanos = Arrays.copyOf(nanos, Math.max(count, 1));
    c.count = count;
    return c;
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
