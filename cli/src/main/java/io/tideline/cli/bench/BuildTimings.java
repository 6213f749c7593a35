package io.tideline.cli.bench;

import java.util.Arrays;

/** Durations of repeated runs, in nanoseconds, summarised in milliseconds. */
final class BuildTimings {
  private final long[] nanos;
  private int count;

  BuildTimings(int capacity) {
    this.nanos = new long[capacity];
  }

  void record(long elapsedNanos) {
    nanos[count++] = elapsedNanos;
  }

  double medianMillis() {
    long[] sorted = sorted();
    int mid = sorted.length / 2;
    double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    return median / 1e6;
  }

  double minMillis() {
    return sorted()[0] / 1e6;
  }

  double maxMillis() {
    long[] sorted = sorted();
    return sorted[sorted.length - 1] / 1e6;
  }

  private long[] sorted() {
    if (count == 0) {
      throw new IllegalStateException("no runs recorded");
    }
    long[] copy = Arrays.copyOf(nanos, count);
    Arrays.sort(copy);
    return copy;
  }
}
