package io.chorus.bench.leaderboard;

import java.util.Arrays;

/** Latency samples in nanoseconds, and the figures the benchmark prints from them. */
final class Latencies {
  private long[] samples = new long[1 << 16];
  private int count;

  void add(long nanos) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, count * 2);
    }
    samples[count++] = nanos;
  }

  int count() {
    return count;
  }

  /** The given percentile (0..100), in microseconds. */
  double percentileMicros(double percentile) {
    long[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    int at = (int) Math.ceil(percentile / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, at))] / 1_000.0;
  }

  double meanMicros() {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += samples[i];
    }
    return sum / (double) count / 1_000.0;
  }
}
