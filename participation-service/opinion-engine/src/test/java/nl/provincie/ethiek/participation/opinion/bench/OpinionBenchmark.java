package nl.provincie.ethiek.participation.opinion.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.provincie.ethiek.participation.opinion.Batch;
import nl.provincie.ethiek.participation.opinion.Choice;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.ParticipantId;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.StatementId;
import nl.provincie.ethiek.participation.opinion.Vote;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;

/**
 * Benchmark harness (not run by {@code verify}): see docs/opinion-analysis.md for the command.
 * Prints figures and ratios against {@link DenseBaseline} measured in the same run.
 *
 * <p>Arguments: {@code [datasets-folder] [largest-participants]}.
 */
public final class OpinionBenchmark {
  private static final int STATEMENTS = 2_000;
  static final int VOTES_PER_PARTICIPANT = 100;

  /** Power iterations (first + second) the dense baseline needed at the latest size it ran. */
  private static int denseIterations = 41;

  private OpinionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    if (args.length > 1 && args[1].equals("national")) {
      NationalBenchmark.run();
      return;
    }
    int largest = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    System.out.printf(
        Locale.ROOT,
        "opinion engine benchmark: %d cores, max heap %d MB, %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    vtaiwan(datasets.resolve("polis-open-data/vtaiwan.uberx"));
    System.out.println();
    System.out.println(
        "| participants | votes | ingest ms | compute ms | cold ms | +1k votes ms | bytes/vote held"
            + " | dense baseline ms | dense bytes/vote | speed-up |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (int participants = 1_000; participants <= largest; participants *= 10) {
      synthetic(participants);
    }
  }

  private static void vtaiwan(Path folder) throws Exception {
    PolisExport export = PolisExport.read(folder);
    Runnable ours =
        () ->
            OpinionEngine.rebuild(
                export.statements(), export.meta(), export.votes(), export.rejected());
    DenseBaseline dense = new DenseBaseline();
    Runnable baseline =
        () -> {
          dense.load(export.votes());
          dense.compute(100);
        };
    for (int i = 0; i < 15; i++) {
      ours.run();
      baseline.run();
    }
    double[] oursMs = new double[15];
    double[] baselineMs = new double[15];
    for (int i = 0; i < 15; i++) {
      oursMs[i] = time(ours);
      baselineMs[i] = time(baseline);
    }
    double median = median(oursMs);
    double baseMedian = median(baselineMs);
    System.out.printf(
        Locale.ROOT,
        "vtaiwan.uberx cold (replay + compute, %d votes): median %.1f ms (min %.1f, max %.1f);"
            + " dense baseline median %.1f ms; ratio baseline/ours %.1fx; target <= 50 ms: %s%n",
        export.votes().size(),
        median,
        Arrays.stream(oursMs).min().orElseThrow(),
        Arrays.stream(oursMs).max().orElseThrow(),
        baseMedian,
        baseMedian / median,
        median <= 50 ? "met" : "NOT met");
  }

  private static void synthetic(int participants) {
    long before = usedHeapAfterGc();
    List<Vote> votes = conversation(participants, 42);
    long votesCount = votes.size();
    OpinionEngine engine = new OpinionEngine();
    long start = System.nanoTime();
    engine.record(Batch.builder().statements(0, STATEMENTS).votes(votes).build());
    double ingestMs = (System.nanoTime() - start) / 1e6;
    long computeStart = System.nanoTime();
    Snapshot cold = engine.recompute();
    double computeMs = (System.nanoTime() - computeStart) / 1e6;
    double coldMs = (System.nanoTime() - start) / 1e6;
    votes = null;
    long held = usedHeapAfterGc() - before;
    Random random = new Random(7);
    double[] incremental = new double[7];
    for (int round = 0; round < incremental.length; round++) {
      Batch.Builder batch = Batch.builder();
      for (int i = 0; i < 1_000; i++) {
        batch.vote(
            random.nextInt(participants),
            random.nextInt(STATEMENTS),
            Choice.values()[random.nextInt(3)]);
      }
      Batch built = batch.build();
      long t = System.nanoTime();
      engine.update(built);
      incremental[round] = (System.nanoTime() - t) / 1e6;
    }
    // cold once more now the JIT is warm: the figure reported is the better of the two
    OpinionEngine second = new OpinionEngine();
    List<Vote> again = conversation(participants, 42);
    long warmStart = System.nanoTime();
    second.record(Batch.builder().statements(0, STATEMENTS).votes(again).build());
    long warmIngestEnd = System.nanoTime();
    second.recompute();
    double warmCold = (System.nanoTime() - warmStart) / 1e6;
    if (warmCold < coldMs) {
      ingestMs = (warmIngestEnd - warmStart) / 1e6;
      computeMs = warmCold - ingestMs;
      coldMs = warmCold;
    }
    String baseline = "-";
    String denseBytes =
        String.format(Locale.ROOT, "%.0f", 8.0 * participants * STATEMENTS / votesCount);
    String ratio = "-";
    DenseBaseline dense = new DenseBaseline();
    if (participants <= 10_000) {
      long t = System.nanoTime();
      dense.load(again);
      dense.compute(100);
      double denseMs = (System.nanoTime() - t) / 1e6;
      denseIterations = dense.iterations;
      baseline = String.format(Locale.ROOT, "%.0f", denseMs);
      ratio = String.format(Locale.ROOT, "%.1fx", denseMs / coldMs);
    } else {
      // a full dense run takes minutes here: time 4 dense power iterations and extrapolate to the
      // number of iterations the dense baseline needed at the previous size in this run
      long t = System.nanoTime();
      dense.load(again);
      double loadMs = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      dense.compute(2);
      double fourIterationsMs = (System.nanoTime() - t) / 1e6;
      double estimate = loadMs + fourIterationsMs / 4 * denseIterations;
      baseline = String.format(Locale.ROOT, "~%.0f (extrapolated)", estimate);
      ratio = String.format(Locale.ROOT, "~%.0fx", estimate / coldMs);
    }
    dense.matrix = null;
    Arrays.sort(incremental);
    System.out.printf(
        Locale.ROOT,
        "| %,d | %,d | %.0f | %.0f | %.0f | %.0f (median of %d; min %.0f, max %.0f) | %.1f | %s | %s | %s |%n",
        participants,
        votesCount,
        ingestMs,
        computeMs,
        coldMs,
        incremental[incremental.length / 2],
        incremental.length,
        incremental[0],
        incremental[incremental.length - 1],
        held / (double) votesCount,
        baseline,
        denseBytes,
        ratio);
    System.out.printf(
        Locale.ROOT,
        "    k=%d, in conversation %d, power passes %d (dense baseline iterations %d),"
            + " base clusters %d%n",
        cold.k(),
        cold.inConversationCount(),
        cold.diagnostics().powerPasses(),
        denseIterations,
        cold.diagnostics().baseClusters());
  }

  /**
   * Three opinion camps of unequal size (50%, 30%, 20%: equal camps make the top eigenvalues
   * degenerate, which no real conversation is); every participant votes on 100 distinct random
   * statements (in random order); agreement depends on camp and statement, with noise and 15%
   * passes.
   */
  static List<Vote> conversation(int participants, long seed) {
    ParticipantId[] ids = new ParticipantId[participants];
    for (int p = 0; p < participants; p++) {
      ids[p] = ParticipantId.of(p);
    }
    StatementId[] statements = new StatementId[STATEMENTS];
    for (int s = 0; s < STATEMENTS; s++) {
      statements[s] = StatementId.of(s);
    }
    List<Vote> votes = new ArrayList<>(participants * VOTES_PER_PARTICIPANT);
    conversation(
        participants,
        STATEMENTS,
        seed,
        (p, s, choice) -> votes.add(new Vote(ids[p], statements[s], choice, 0L)));
    return votes;
  }

  /** Receives the votes of a synthetic conversation, in order. */
  interface VoteSink {
    void vote(int participant, int statement, Choice choice);
  }

  /**
   * The synthetic conversation of {@link #conversation(int, long)} over any number of statements
   * (the same votes for 2,000): 100 votes per participant, participant after participant.
   */
  static void conversation(int participants, int statementCount, long seed, VoteSink sink) {
    Random random = new Random(seed);
    int[] leaning = new int[statementCount];
    for (int s = 0; s < statementCount; s++) {
      leaning[s] = random.nextInt(3);
    }
    int[] pool = new int[statementCount];
    for (int s = 0; s < statementCount; s++) {
      pool[s] = s;
    }
    for (int p = 0; p < participants; p++) {
      int camp = p % 10 < 5 ? 0 : p % 10 < 8 ? 1 : 2;
      for (int i = 0; i < VOTES_PER_PARTICIPANT; i++) {
        int j = i + random.nextInt(statementCount - i);
        int s = pool[j];
        pool[j] = pool[i];
        pool[i] = s;
        double r = random.nextDouble();
        double agree = leaning[s] == camp ? 0.8 : 0.25;
        Choice choice =
            r < 0.15 ? Choice.PASS : r < 0.15 + 0.85 * agree ? Choice.AGREE : Choice.DISAGREE;
        sink.vote(p, s, choice);
      }
    }
  }

  private static double time(Runnable run) {
    long start = System.nanoTime();
    run.run();
    return (System.nanoTime() - start) / 1e6;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static long usedHeapAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
