package nl.provincie.ethiek.participation.opinion;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Row ranges processed in parallel. The partition is fixed (it does not depend on the number of
 * cores) and partial results are combined in chunk order, so results are bit-for-bit the same on
 * any machine and any run.
 */
final class Chunks {
  static final int COUNT = 16;
  private static final int PARALLEL_FROM_ROWS = 4_096;

  private Chunks() {}

  static int start(int chunk, int rows) {
    return (int) ((long) rows * chunk / COUNT);
  }

  static int end(int chunk, int rows) {
    return start(chunk + 1, rows);
  }

  /**
   * How many partial sums a pass over {@code rows} rows keeps: one per chunk when the chunks run in
   * parallel, else one for all (a property of the input, so results stay deterministic).
   */
  static int partials(int rows) {
    return rows < PARALLEL_FROM_ROWS ? 1 : COUNT;
  }

  static void forEach(int rows, IntConsumer chunkBody) {
    if (rows < PARALLEL_FROM_ROWS) {
      for (int chunk = 0; chunk < COUNT; chunk++) {
        chunkBody.accept(chunk);
      }
    } else {
      IntStream.range(0, COUNT).parallel().forEach(chunkBody);
    }
  }
}
