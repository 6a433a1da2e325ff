package nl.provincie.ethiek.participation.opinion.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a pol.is-format export folder (votes.csv, comments.csv, summary.csv) for a synthetic
 * conversation with a fixed seed: three camps as in {@link OpinionBenchmark}, every participant
 * voting on 100 distinct random statements over 60 days, 1 % of the votes changed later (a second
 * row for the same participant and statement). Rows are ordered by comment-id then voter-id as in
 * pol.is's own exports, so the times are out of order. Not a test: run by hand or by {@link
 * ReadBenchmark}.
 *
 * <p>Arguments: {@code <folder> [participants] [statements]}.
 */
public final class SyntheticPolisExport {
  static final long START_MILLIS = 1_700_000_000_000L;
  static final long SPAN_MILLIS = 60L * 24 * 3600 * 1000;
  private static final int VOTES_PER_PARTICIPANT = 100;
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private SyntheticPolisExport() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/synthetic-export");
    int participants = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int statements = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    long start = System.nanoTime();
    long votes = write(folder, participants, statements, 42);
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %,d participants, %,d statements, %,d votes.csv rows in %.1f s%n",
        folder,
        participants,
        statements,
        votes,
        (System.nanoTime() - start) / 1e9);
  }

  /** Writes the folder (created when missing) and returns the number of vote rows. */
  static long write(Path folder, int participants, int statements, long seed) throws IOException {
    Files.createDirectories(folder);
    Random random = new Random(seed);
    int[] leaning = new int[statements];
    for (int s = 0; s < statements; s++) {
      leaning[s] = random.nextInt(3);
    }
    // per statement, the (voter, time, vote) rows: counted first, then filled
    int perParticipant = Math.min(VOTES_PER_PARTICIPANT, statements);
    int[] pool = new int[statements];
    for (int s = 0; s < statements; s++) {
      pool[s] = s;
    }
    int[] count = new int[statements];
    int total = 0;
    int[] chosen = new int[participants * perParticipant];
    long[] at = new long[participants * perParticipant];
    byte[] choice = new byte[participants * perParticipant];
    boolean[] changed = new boolean[participants * perParticipant];
    for (int p = 0; p < participants; p++) {
      int camp = p % 10 < 5 ? 0 : p % 10 < 8 ? 1 : 2;
      long joined = START_MILLIS + (long) (random.nextDouble() * SPAN_MILLIS);
      for (int i = 0; i < perParticipant; i++) {
        int j = i + random.nextInt(statements - i);
        int s = pool[j];
        pool[j] = pool[i];
        pool[i] = s;
        chosen[total] = s;
        at[total] = joined + i * 4_000L + random.nextInt(3_000);
        choice[total] = choose(random, leaning[s] == camp);
        changed[total] = random.nextInt(100) == 0;
        count[s] += changed[total] ? 2 : 1;
        total++;
      }
    }
    int[][] rowsOf = new int[statements][];
    for (int s = 0; s < statements; s++) {
      rowsOf[s] = new int[count[s]];
      count[s] = 0;
    }
    for (int v = 0; v < total; v++) {
      int s = chosen[v];
      rowsOf[s][count[s]++] = v;
      if (changed[v]) {
        rowsOf[s][count[s]++] = ~v;
      }
    }
    long rows = 0;
    try (Writer out = writer(folder.resolve("votes.csv"))) {
      out.write("timestamp,datetime,comment-id,voter-id,vote\n");
      StringBuilder line = new StringBuilder(64);
      for (int s = 0; s < statements; s++) {
        for (int r : rowsOf[s]) {
          int v = r >= 0 ? r : ~r;
          long time = r >= 0 ? at[v] : at[v] + 86_400_000L + random.nextInt(86_400_000);
          int vote = r >= 0 ? choice[v] : choice[v] == 1 ? -1 : 1;
          line.setLength(0);
          line.append(time).append(',').append(DATETIME.format(Instant.ofEpochMilli(time)));
          line.append(',').append(s).append(',').append(v / perParticipant).append(',');
          line.append(vote).append('\n');
          out.append(line);
          rows++;
        }
      }
    }
    try (Writer out = writer(folder.resolve("comments.csv"))) {
      out.write(
          "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n");
      for (int s = 0; s < statements; s++) {
        long time = START_MILLIS + s * 1_000L;
        int moderated = s % 50 == 49 ? -1 : s % 3 == 0 ? 1 : 0;
        out.write(
            time
                + ","
                + DATETIME.format(Instant.ofEpochMilli(time))
                + ","
                + s
                + ","
                + s % participants
                + ",0,0,"
                + moderated
                + ",\"Statement "
                + s
                + ", with a comma, \"\"quotes\"\"\nand a second line\"\n");
      }
    }
    try (Writer out = writer(folder.resolve("summary.csv"))) {
      out.write("topic,synthetic conversation (seed " + seed + ")\n");
      out.write("voters," + participants + "\ncomments," + statements + "\n");
    }
    return rows;
  }

  private static byte choose(Random random, boolean ownCamp) {
    double r = random.nextDouble();
    double agree = ownCamp ? 0.8 : 0.25;
    return (byte) (r < 0.15 ? 0 : r < 0.15 + 0.85 * agree ? 1 : -1);
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
  }
}
