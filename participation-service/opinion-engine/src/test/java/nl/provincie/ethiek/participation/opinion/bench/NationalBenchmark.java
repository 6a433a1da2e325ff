package nl.provincie.ethiek.participation.opinion.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import nl.provincie.ethiek.participation.opinion.Batch;
import nl.provincie.ethiek.participation.opinion.Choice;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.PhaseTimes;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.VoteColumns;

/**
 * Issue 15, item 2 ("a national conversation"): 1,000,000 participants x 5,000 statements (100M
 * votes, 100 per participant as in {@link OpinionBenchmark}'s synthetic conversation) next to the
 * 100,000 x 2,000 case (10M votes) in the same process, with where the time goes, the load average
 * at start and end, and the dense baseline extrapolated (docs/opinion-analysis.md, ADR 0060).
 *
 * <p>Votes are generated into {@link VoteColumns} (21 bytes a vote; 100M {@code Vote} objects would
 * take 3.6 GB) and recorded as one batch, as a replay of a whole conversation does.
 */
final class NationalBenchmark {
  private static final int ROUNDS = 7;

  private NationalBenchmark() {}

  /** The figures of one size. */
  record Figures(
      int participants,
      int statements,
      long votes,
      double ingestMs,
      double computeMs,
      double coldMs,
      double coldCpuMs,
      PhaseTimes coldPhases,
      int coldPasses,
      double updateMs,
      double updateCpuMs,
      double updateRecordMs,
      PhaseTimes updatePhases,
      int updatePasses,
      double[] updates,
      double bytesPerVote,
      double gcPerUpdateMs,
      double denseMs,
      int k,
      int inConversation) {}

  static void run() throws IOException {
    String loadAtStart = loadAverage();
    System.out.printf(
        Locale.ROOT,
        "national conversation benchmark: %d cores, max heap %d MB, %s; load at start %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        loadAtStart);
    Figures ten = measure(100_000, 2_000, 2);
    print(ten);
    ten = withDense(ten, 10_000, 100_000);
    Figures hundred = measure(1_000_000, 5_000, 1);
    print(hundred);
    hundred = withDense(hundred, 10_000, 20_000);
    System.out.println();
    System.out.println(
        "| participants x statements | votes | cold ms (ingest + compute) | +1k votes ms | bytes/vote"
            + " held | dense baseline ms (extrapolated) | speed-up |");
    System.out.println("|---|---|---|---|---|---|---|");
    row(ten);
    row(hundred);
    System.out.printf(
        Locale.ROOT,
        "ratio 100M / 10M: cold %.1fx, +1k votes %.1fx, bytes/vote %.2fx (votes 10x)%n",
        hundred.coldMs() / ten.coldMs(),
        hundred.updateMs() / ten.updateMs(),
        hundred.bytesPerVote() / ten.bytesPerVote());
    System.out.printf(
        Locale.ROOT,
        "targets at 100M: cold <= 20 s %s, +1k <= 150 ms %s, <= 6 bytes/vote %s, never sampling:"
            + " %d of %d participants clustered%n",
        hundred.coldMs() <= 20_000 ? "met" : "NOT met",
        hundred.updateMs() <= 150 ? "met" : "NOT met",
        hundred.bytesPerVote() <= 6 ? "met" : "NOT met",
        hundred.inConversation(),
        hundred.participants());
    System.out.printf(Locale.ROOT, "load at start %s, at end %s%n", loadAtStart, loadAverage());
  }

  private static Figures measure(int participants, int statements, int colds) {
    long before = OpinionBenchmark.usedHeapAfterGc();
    VoteColumns votes = generate(participants, statements);
    OpinionEngine engine = null;
    double ingestMs = Double.MAX_VALUE;
    double computeMs = 0;
    double coldMs = Double.MAX_VALUE;
    double coldCpuMs = 0;
    Snapshot cold = null;
    for (int run = 0; run < colds; run++) {
      engine = null;
      OpinionEngine candidate = new OpinionEngine();
      long cpuStart = cpuNanos();
      long start = System.nanoTime();
      candidate.record(Batch.builder().statements(0, statements).votes(votes).build());
      long recorded = System.nanoTime();
      Snapshot snapshot = candidate.recompute();
      long end = System.nanoTime();
      long cpu = cpuNanos() - cpuStart;
      if ((end - start) / 1e6 < coldMs) {
        coldCpuMs = cpu / 1e6;
        ingestMs = (recorded - start) / 1e6;
        computeMs = (end - recorded) / 1e6;
        coldMs = (end - start) / 1e6;
        cold = snapshot;
      }
      engine = candidate;
    }
    long votesCount = votes.size();
    votes = null;
    long held = OpinionBenchmark.usedHeapAfterGc() - before;
    Random random = new Random(7);
    double[] updates = new double[ROUNDS];
    double[] records = new double[ROUNDS];
    double[] cpus = new double[ROUNDS];
    long gcBefore = gcMillis();
    Snapshot[] snapshots = new Snapshot[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      Batch.Builder batch = Batch.builder();
      for (int i = 0; i < 1_000; i++) {
        batch.vote(
            random.nextInt(participants),
            random.nextInt(statements),
            Choice.values()[random.nextInt(3)]);
      }
      Batch built = batch.build();
      long cpuStart = cpuNanos();
      long t = System.nanoTime();
      engine.record(built);
      long recorded = System.nanoTime();
      snapshots[round] = engine.recompute();
      updates[round] = (System.nanoTime() - t) / 1e6;
      records[round] = (recorded - t) / 1e6;
      cpus[round] = (cpuNanos() - cpuStart) / 1e6;
    }
    double gcPerUpdate = (gcMillis() - gcBefore) / (double) ROUNDS;
    int median = medianIndex(updates);
    return new Figures(
        participants,
        statements,
        votesCount,
        ingestMs,
        computeMs,
        coldMs,
        coldCpuMs,
        cold.phaseTimes(),
        cold.diagnostics().powerPasses(),
        updates[median],
        OpinionBenchmark.median(cpus),
        records[median],
        snapshots[median].phaseTimes(),
        snapshots[median].diagnostics().powerPasses(),
        updates,
        held / (double) votesCount,
        gcPerUpdate,
        Double.NaN,
        cold.k(),
        cold.inConversationCount());
  }

  /**
   * The dense baseline as {@link OpinionBenchmark} extrapolates it: a full dense run at {@code
   * fullAt} participants gives the iterations it needs; load plus 4 timed iterations on {@code
   * timedAt} participants (all of them when the dense matrix fits the heap, else the first ones:
   * the dense work is linear in the rows) are extrapolated to those iterations and to every row.
   */
  private static Figures withDense(Figures f, int fullAt, int timedAt) {
    DenseBaseline full = new DenseBaseline();
    full.load(generate(fullAt, f.statements()));
    full.compute(100);
    int iterations = full.iterations;
    full.matrix = null;
    DenseBaseline dense = new DenseBaseline();
    VoteColumns timed = generate(timedAt, f.statements());
    long t = System.nanoTime();
    dense.load(timed);
    double loadMs = (System.nanoTime() - t) / 1e6;
    t = System.nanoTime();
    dense.compute(2);
    double fourIterationsMs = (System.nanoTime() - t) / 1e6;
    dense.matrix = null;
    double estimate =
        (loadMs + fourIterationsMs / 4 * iterations) * f.participants() / (double) timedAt;
    System.out.printf(
        Locale.ROOT,
        "    dense baseline: %d iterations at %,d x %,d; timed at %,d rows: load %.0f ms, 4"
            + " iterations %.0f ms; extrapolated to %,d rows: %.0f ms; dense matrix %.1f GB%n",
        iterations,
        fullAt,
        f.statements(),
        timedAt,
        loadMs,
        fourIterationsMs,
        f.participants(),
        estimate,
        8.0 * f.participants() * f.statements() / 1e9);
    return new Figures(
        f.participants(),
        f.statements(),
        f.votes(),
        f.ingestMs(),
        f.computeMs(),
        f.coldMs(),
        f.coldCpuMs(),
        f.coldPhases(),
        f.coldPasses(),
        f.updateMs(),
        f.updateCpuMs(),
        f.updateRecordMs(),
        f.updatePhases(),
        f.updatePasses(),
        f.updates(),
        f.bytesPerVote(),
        f.gcPerUpdateMs(),
        estimate,
        f.k(),
        f.inConversation());
  }

  private static VoteColumns generate(int participants, int statements) {
    VoteColumns.Builder builder =
        VoteColumns.builder(participants * OpinionBenchmark.VOTES_PER_PARTICIPANT);
    OpinionBenchmark.conversation(
        participants, statements, 42, (p, s, choice) -> builder.add(p, s, choice, 0L));
    return builder.build();
  }

  private static void print(Figures f) {
    double[] sorted = f.updates().clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%,d x %,d (%,d votes): cold %.0f ms = ingest %.0f + compute %.0f; +1k votes median %.0f ms"
            + " (min %.0f, max %.0f of %d; record %.1f ms); process CPU cold %.0f ms, +1k median"
            + " %.0f ms; %.2f bytes/vote held; k=%d, in conversation %,d; load %s%n",
        f.participants(),
        f.statements(),
        f.votes(),
        f.coldMs(),
        f.ingestMs(),
        f.computeMs(),
        f.updateMs(),
        sorted[0],
        sorted[sorted.length - 1],
        sorted.length,
        f.updateRecordMs(),
        f.coldCpuMs(),
        f.updateCpuMs(),
        f.bytesPerVote(),
        f.k(),
        f.inConversation(),
        loadAverage());
    System.out.println("    cold   " + phases(f.coldPhases(), f.coldPasses()));
    System.out.println(
        "    +1k    "
            + phases(f.updatePhases(), f.updatePasses())
            + String.format(
                Locale.ROOT, "; GC %.0f ms per update (mean of %d)", f.gcPerUpdateMs(), ROUNDS));
  }

  private static String phases(PhaseTimes p, int passes) {
    return String.format(
        Locale.ROOT,
        "merge %.0f ms, PCA %.0f ms (%d passes), row order %.0f ms, k-means + silhouettes %.0f ms,"
            + " group/consensus stats %.0f ms, snapshot %.0f ms",
        p.mergeNanos() / 1e6,
        p.componentsNanos() / 1e6,
        passes,
        p.rowOrderNanos() / 1e6,
        p.clusteringNanos() / 1e6,
        p.statisticsNanos() / 1e6,
        p.snapshotNanos() / 1e6);
  }

  private static void row(Figures f) {
    System.out.printf(
        Locale.ROOT,
        "| %,d x %,d | %,d | %.0f (%.0f + %.0f) | %.0f | %.2f | ~%.0f | ~%.0fx |%n",
        f.participants(),
        f.statements(),
        f.votes(),
        f.coldMs(),
        f.ingestMs(),
        f.computeMs(),
        f.updateMs(),
        f.bytesPerVote(),
        f.denseMs(),
        f.denseMs() / f.coldMs());
  }

  private static int medianIndex(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    return order[order.length / 2];
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long gcMillis() {
    long total = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
