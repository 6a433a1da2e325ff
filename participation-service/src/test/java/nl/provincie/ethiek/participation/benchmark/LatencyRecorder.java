package nl.provincie.ethiek.participation.benchmark;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Collects latencies in microseconds from many threads; summarises them afterwards. */
final class LatencyRecorder {

  private long[] samples = new long[1 << 16];
  private int count;
  private final Map<Long, Long> slow = new TreeMap<>();

  synchronized void record(long micros) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, samples.length * 2);
    }
    samples[count++] = micros;
  }

  /**
   * Records a latency and, when it is slow, the moment its request was due (ms since the load
   * started), so that stalls can be lined up with GC and database logs.
   */
  synchronized void record(long micros, long dueMillis, long slowMicros) {
    record(micros);
    if (micros >= slowMicros) {
      slow.merge(dueMillis / 100 * 100, micros, Math::max);
    }
  }

  /** The slowest latency (ms) per 100 ms window of due time, for windows with a slow request. */
  synchronized String slowWindows() {
    StringBuilder out = new StringBuilder();
    slow.forEach((at, micros) -> out.append(String.format(" %d:%.0f", at, micros / 1000.0)));
    return out.toString();
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
