package nl.provincie.ethiek.participation.opinion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.Vote;
import nl.provincie.ethiek.participation.opinion.cli.PolisExport;

/**
 * Reading a large pol.is export (not run by {@code verify}; docs/opinion-analysis.md has the
 * command): {@link PolisExport#readVotes} against the row-by-row reader it replaced ({@link
 * PolisExport#forEachRow} with {@link PolisExport#vote} into a list of records), alternately in the
 * same process, then {@link OpinionEngine#rebuild} over each result. Prints medians, the heap the
 * votes hold and the ratios; checks that both give equal votes and equal snapshots.
 *
 * <p>Arguments: {@code [export-folder] [participants] [rounds]}; the folder is written by {@link
 * SyntheticPolisExport} when it has no votes.csv.
 */
public final class ReadBenchmark {
  private ReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/synthetic-export");
    int participants = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path votesCsv = folder.resolve("votes.csv");
    if (!Files.isRegularFile(votesCsv)) {
      SyntheticPolisExport.main(new String[] {folder.toString(), Integer.toString(participants)});
    }
    System.out.printf(
        Locale.ROOT,
        "read benchmark: %s (%,d bytes), %d cores, max heap %d MB, %s %s%n",
        votesCsv,
        Files.size(votesCsv),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    double[] rowByRow = new double[rounds];
    double[] columns = new double[rounds];
    long rowByRowBytes = 0;
    long columnsBytes = 0;
    int votes = 0;
    for (int round = 0; round < rounds; round++) {
      long before = OpinionBenchmark.usedHeapAfterGc();
      long start = System.nanoTime();
      List<Vote> old = readRowByRow(votesCsv);
      rowByRow[round] = (System.nanoTime() - start) / 1e6;
      rowByRowBytes = OpinionBenchmark.usedHeapAfterGc() - before;
      old = null;
      before = OpinionBenchmark.usedHeapAfterGc();
      start = System.nanoTime();
      List<Vote> ours = PolisExport.readVotes(votesCsv);
      columns[round] = (System.nanoTime() - start) / 1e6;
      columnsBytes = OpinionBenchmark.usedHeapAfterGc() - before;
      votes = ours.size();
      ours = null;
      System.out.printf(
          Locale.ROOT,
          "  round %d: row by row %.0f ms, columns %.0f ms%n",
          round + 1,
          rowByRow[round],
          columns[round]);
    }
    System.out.printf(
        Locale.ROOT,
        "votes.csv, %,d votes: row by row median %.0f ms (%.0f bytes/vote held),"
            + " columns median %.0f ms (%.0f bytes/vote held); speed-up %.1fx, memory %.1fx less%n",
        votes,
        OpinionBenchmark.median(rowByRow),
        rowByRowBytes / (double) votes,
        OpinionBenchmark.median(columns),
        columnsBytes / (double) votes,
        OpinionBenchmark.median(rowByRow) / OpinionBenchmark.median(columns),
        rowByRowBytes / (double) columnsBytes);
    rebuilds(folder, votesCsv);
  }

  /** One rebuild over each reader's votes: equal snapshots, and what each costs. */
  private static void rebuilds(Path folder, Path votesCsv) throws Exception {
    PolisExport export = PolisExport.read(folder);
    List<Vote> old = readRowByRow(votesCsv);
    if (!old.equals(export.votes())) {
      throw new AssertionError("the readers disagree on " + votesCsv);
    }
    long start = System.nanoTime();
    Snapshot fromRecords = rebuild(export, old).latest().orElseThrow();
    double recordsMs = (System.nanoTime() - start) / 1e6;
    old = null;
    OpinionBenchmark.usedHeapAfterGc();
    start = System.nanoTime();
    Snapshot fromColumns = rebuild(export, export.votes()).latest().orElseThrow();
    double columnsMs = (System.nanoTime() - start) / 1e6;
    if (!fromRecords.participants().equals(fromColumns.participants())
        || !fromRecords.statements().equals(fromColumns.statements())
        || !fromRecords.groups().equals(fromColumns.groups())) {
      throw new AssertionError("the rebuilds differ");
    }
    System.out.printf(
        Locale.ROOT,
        "rebuild (replay per second + cold computation): over records %.0f ms, over columns %.0f ms"
            + " (ratio %.2fx); snapshots equal, k=%d%n",
        recordsMs,
        columnsMs,
        recordsMs / columnsMs,
        fromColumns.k());
  }

  private static OpinionEngine rebuild(PolisExport export, List<Vote> votes) {
    return OpinionEngine.rebuild(export.statements(), export.meta(), votes, export.rejected());
  }

  /** The reader before ADR 0050: a map per row, a record per vote. */
  static List<Vote> readRowByRow(Path votesCsv) throws Exception {
    List<Vote> votes = new ArrayList<>();
    PolisExport.forEachRow(votesCsv, row -> votes.add(PolisExport.vote(row)));
    return votes;
  }
}
