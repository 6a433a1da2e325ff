package nl.provincie.ethiek.participation.benchmark;

import java.util.Arrays;

/** Collects latencies in microseconds from many threads; summarises them afterwards. */
final class LatencyRecorder {

  private long[] samples = new long[1 << 16];
  private int count;

  synchronized void record(long micros) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, samples.length * 2);
    }
    samples[count++] = micros;
  }

  synchronized int count() {
    return count;
  }

  /** The latency at or below which {@code percentile} per cent of the samples lie, in ms. */
  synchronized double percentileMillis(double percentile) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1000.0;
  }
}
