package nl.provincie.ethiek.participation.opinion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.WindowByWindow;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;

/**
 * The cold rebuild of a pol.is export (not run by {@code verify}): {@link OpinionEngine#rebuild}
 * (the earliest windows replayed one by one, the rest recorded at once, ADR 0062) against the
 * window-by-window replay in time order it replaced, alternately in the same process. Prints, per
 * path, the median of the whole rebuild and of its computation (the rest is the replay), the ratio,
 * and the load average before and after; checks that both give the same snapshot.
 *
 * <p>Arguments: {@code [export-folder] [rounds]}; the folder is written by {@link
 * SyntheticPolisExport} when it has no votes.csv.
 */
public final class RebuildBenchmark {
  private RebuildBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/synthetic-export");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    if (!Files.isRegularFile(folder.resolve("votes.csv"))) {
      SyntheticPolisExport.main(new String[] {folder.toString()});
    }
    String loadBefore = loadAverage();
    PolisExport export = PolisExport.read(folder);
    Supplier<Snapshot> windowByWindow =
        () ->
            WindowByWindow.rebuild(
                    export.statements(), export.meta(), export.votes(), export.rejected())
                .latest()
                .orElseThrow();
    Supplier<Snapshot> settling =
        () ->
            OpinionEngine.rebuild(
                    export.statements(), export.meta(), export.votes(), export.rejected())
                .latest()
                .orElseThrow();
    double[][] total = new double[2][rounds];
    double[][] computation = new double[2][rounds];
    Snapshot[] last = new Snapshot[2];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < 2; k++) {
        int path = (round + k) % 2; // alternate which path goes first
        OpinionBenchmark.usedHeapAfterGc();
        long start = System.nanoTime();
        Snapshot snapshot = (path == 0 ? windowByWindow : settling).get();
        total[path][round] = (System.nanoTime() - start) / 1e6;
        computation[path][round] = snapshot.phaseTimes().totalNanos() / 1e6;
        last[path] = snapshot;
      }
      System.out.printf(
          Locale.ROOT,
          "  round %d: window by window %.0f ms, settling %.0f ms%n",
          round + 1,
          total[0][round],
          total[1][round]);
    }
    if (!last[0].participants().equals(last[1].participants())
        || !last[0].statements().equals(last[1].statements())
        || !last[0].groups().equals(last[1].groups())
        || !last[0].consensus().equals(last[1].consensus())) {
      throw new AssertionError("the rebuilds differ");
    }
    double oldTotal = OpinionBenchmark.median(total[0]);
    double newTotal = OpinionBenchmark.median(total[1]);
    System.out.printf(
        Locale.ROOT,
        "rebuild of %s (%,d votes), medians of %d: window by window %.0f ms (computation %.0f),"
            + " settling %.0f ms (computation %.0f); ratio %.2fx; snapshots equal, k=%d;"
            + " load %s -> %s%n",
        folder,
        export.votes().size(),
        rounds,
        oldTotal,
        OpinionBenchmark.median(computation[0]),
        newTotal,
        OpinionBenchmark.median(computation[1]),
        oldTotal / newTotal,
        last[1].k(),
        loadBefore,
        loadAverage());
  }

  private static String loadAverage() throws Exception {
    Path proc = Path.of("/proc/loadavg");
    return Files.isReadable(proc) ? Files.readString(proc).split(" ")[0] : "?";
  }
}
