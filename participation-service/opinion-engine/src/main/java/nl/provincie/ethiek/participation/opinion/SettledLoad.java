package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * Records the votes of the later windows of a replay on a settled vote matrix ({@link
 * VoteMatrix#settled}) as one batch, reading them in list order instead of time order (ADR 0062).
 * The matrix ends as it would after appending them in time order (stable for equal times) and
 * merging once, which on a settled matrix is also the state after a window-by-window replay: the
 * same rows in the same order (new participants in the order of their first vote in time), the
 * latest vote per statement (by time, then by position in the list), the same counts, the same rows
 * in the conversation. No time sort and no look-up in a hash map per vote when participant ids are
 * small, as pol.is's are.
 */
final class SettledLoad {
  /** Participant ids below this (and not negative) are looked up in a table, not hashed. */
  private static final long DIRECT_IDS = 1 << 22;

  /** From this many votes the two passes over them run on several threads. */
  private static final int PARALLEL_FROM_VOTES = 1 << 16;

  private static final int MAX_PARTS = 4;

  private final VoteMatrix matrix;
  private final VoteColumns votes;
  private final LaterWindows later;

  /** Participant id to row of the existing rows (UNKNOWN for the others), or null: hash maps. */
  private final int[] table;

  private SettledLoad(VoteMatrix matrix, VoteColumns votes, LaterWindows later, long[] idRange) {
    this.matrix = matrix;
    this.votes = votes;
    this.later = later;
    boolean small = idRange[0] <= idRange[1] && idRange[0] >= 0 && idRange[1] < DIRECT_IDS;
    table = small ? new int[(int) idRange[1] + 1] : null;
    if (small) {
      Arrays.fill(table, SettledCount.UNKNOWN);
      for (int row = 0; row < matrix.rows(); row++) {
        long id = matrix.participant(row);
        if (id >= 0 && id < table.length) {
          table[(int) id] = row;
        }
      }
    }
  }

  /** Appends the votes in {@code later} windows and merges them; the matrix must be settled. */
  static void load(VoteMatrix matrix, VoteColumns votes, LaterWindows later) {
    int parts =
        votes.size() < PARALLEL_FROM_VOTES
            ? 1
            : Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors());
    load(matrix, votes, later, parts);
  }

  /**
   * The same with the positions cut into {@code parts} ranges counted and gathered on threads of
   * their own (hash-mapped ids: one); the result does not depend on it.
   */
  static void load(VoteMatrix matrix, VoteColumns votes, LaterWindows later, int parts) {
    if (!matrix.settled()) {
      throw new IllegalStateException("the vote matrix is not settled");
    }
    new SettledLoad(matrix, votes, later, idRange(votes)).run(parts);
  }

  private static long[] idRange(VoteColumns votes) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < votes.size(); i++) {
      long id = votes.participantAt(i);
      min = Math.min(min, id);
      max = Math.max(max, id);
    }
    return new long[] {min, max};
  }

  private void run(int requestedParts) {
    int n = votes.size();
    int parts = table == null ? 1 : Math.max(1, Math.min(requestedParts, n));
    int[] bounds = new int[parts + 1];
    for (int k = 0; k <= parts; k++) {
      bounds[k] = (int) ((long) n * k / parts);
    }
    SettledCount[] counts = new SettledCount[parts];
    inParallel(
        parts,
        k -> {
          counts[k] = new SettledCount(matrix, table);
          counts[k].count(votes, later, bounds[k], bounds[k + 1]);
        });
    SettledCount all = counts[0];
    if (parts > 1) {
      all = new SettledCount(matrix, table);
      for (SettledCount count : counts) {
        all.absorb(count);
      }
    }
    int[] adding = createRows(all);
    int rows = matrix.rows();
    int[] start = new int[rows + 1];
    for (int row = 0; row < rows; row++) {
      start[row + 1] = start[row] + adding[row];
    }
    int[][] cursors = cursors(all, counts, start);
    // The votes gathered by row first, (position << 32 | cell) in one array, so each vote costs one
    // scattered store; each row is then appended from its run of this array.
    long[] byRow = new long[start[rows]];
    Gathered[] gathered = new Gathered[parts];
    SettledCount rowsOfIds = all;
    inParallel(
        parts, k -> gathered[k] = gather(bounds[k], bounds[k + 1], cursors[k], rowsOfIds, byRow));
    int[][] cast = new int[3][matrix.columns()];
    for (Gathered part : gathered) {
      matrix.ignoreVotes(part.ignored);
      for (int code = 0; code < 3; code++) {
        for (int c = 0; c < cast[code].length; c++) {
          cast[code][c] += part.cast[code][c];
        }
      }
    }
    matrix.countCast(cast);
    for (int row = 0; row < rows; row++) {
      if (adding[row] > 0) {
        matrix.markAppending(row);
      }
    }
    inParallel(
        parts,
        k -> {
          TailScratch scratch = new TailScratch();
          for (int row = (int) ((long) rows * k / parts);
              row < (int) ((long) rows * (k + 1) / parts);
              row++) {
            int count = adding[row];
            if (count > 0) {
              matrix.appendCells(row, byRow, start[row], count);
            }
            if (count > 1) {
              keepLatest(row, byRow, start[row], count, scratch);
            }
          }
        });
    matrix.normalise();
  }

  private static void inParallel(int parts, java.util.function.IntConsumer task) {
    if (parts == 1) {
      task.accept(0);
    } else {
      java.util.stream.IntStream.range(0, parts).parallel().forEach(task);
    }
  }

  /**
   * Rows for the new participants, in the order of their first vote in time (then position), as a
   * replay in time order creates them; returns the votes to add per row.
   */
  private int[] createRows(SettledCount all) {
    int[] adding = Arrays.copyOf(all.adding, matrix.rows() + all.pending);
    VoteColumns firstVotes = all.firstVotesInTimeOrder();
    for (int k = 0; k < firstVotes.size(); k++) {
      long id = firstVotes.participantAt(k);
      int p = -2 - all.slot(id);
      int row = matrix.rowOf(id);
      all.setSlot(id, row);
      adding[row] = all.pendingVotes[p];
    }
    return adding;
  }

  /** Per range, where its first vote of each row goes: ranges in order within each row's run. */
  private int[][] cursors(SettledCount all, SettledCount[] counts, int[] start) {
    int rows = matrix.rows();
    int[] next = Arrays.copyOf(start, rows);
    if (counts.length == 1) {
      return new int[][] {next};
    }
    int[][] cursors = new int[counts.length][];
    for (int k = 0; k < counts.length; k++) {
      cursors[k] = next.clone();
      SettledCount count = counts[k];
      for (int row = 0; row < count.adding.length; row++) {
        next[row] += count.adding[row];
      }
      for (int q = 0; q < count.pending; q++) {
        next[all.slot(count.pendingId[q])] += count.pendingVotes[q];
      }
    }
    return cursors;
  }

  /** What gathering one range found besides the cells: votes ignored, votes cast per column. */
  private record Gathered(long ignored, int[][] cast) {}

  /** Gathers the votes of one range into their rows' runs. */
  private Gathered gather(int from, int to, int[] cursor, SettledCount rowsOfIds, long[] byRow) {
    long ignored = 0;
    int[][] cast = new int[3][matrix.columns()];
    for (int i = from; i < to; i++) {
      if (!later.contains(votes.castAtMillis(i))) {
        continue;
      }
      int column = matrix.columnOfVote(votes.statementAt(i));
      if (column < 0) {
        ignored++;
        continue;
      }
      int row = rowsOfIds.slot(votes.participantAt(i));
      int code = votes.codeAt(i);
      cast[code][column]++;
      byRow[cursor[row]++] = (long) i << 32 | ((column << 2 | code) & 0xFFFF_FFFFL);
    }
    return new Gathered(ignored, cast);
  }

  /**
   * Keeps, per statement, the latest of a row's appended cells (by time, then position), sorted by
   * statement: the tail's order no longer matters when the matrix merges it.
   */
  private void keepLatest(int row, long[] byRow, int from, int count, TailScratch scratch) {
    int[] cells = matrix.cells(row);
    int start = matrix.length(row);
    boolean increasing = true;
    boolean ascending = true;
    for (int j = 1; j < count && ascending; j++) {
      int column = cells[start + j] >>> 2;
      int previous = cells[start + j - 1] >>> 2;
      increasing &= column > previous;
      ascending = column >= previous;
    }
    if (increasing) {
      return;
    }
    long[] keys = byStatement(cells, start, count, !ascending, scratch);
    int[] kept = scratch.cells(count);
    int out = 0;
    int j = 0;
    while (j < count) {
      long column = keys[j] >>> 32;
      int best = (int) keys[j];
      int end = j + 1;
      if (end < count && keys[end] >>> 32 == column) {
        long bestTime = votes.castAtMillis(position(byRow[from + best]));
        for (; end < count && keys[end] >>> 32 == column; end++) {
          int candidate = (int) keys[end];
          long time = votes.castAtMillis(position(byRow[from + candidate]));
          if (time >= bestTime) { // equal times: the later position, as a stable sort has it
            best = candidate;
            bestTime = time;
          }
        }
      }
      kept[out++] = cells[start + best];
      j = end;
    }
    System.arraycopy(kept, 0, cells, start, out);
    matrix.keepTail(row, out);
  }

  /** (column << 32 | index in the tail) of a row's tail, sorted when the columns are not. */
  private static long[] byStatement(
      int[] cells, int start, int count, boolean sort, TailScratch scratch) {
    long[] keys = scratch.keys(count);
    for (int j = 0; j < count; j++) {
      keys[j] = (long) (cells[start + j] >>> 2) << 32 | j;
    }
    if (sort) {
      Arrays.sort(keys, 0, count);
    }
    return keys;
  }

  private static int position(long gathered) {
    return (int) (gathered >>> 32);
  }

  /** Reused per-row arrays. */
  private static final class TailScratch {
    private long[] keys = new long[128];
    private int[] cells = new int[128];

    long[] keys(int n) {
      if (keys.length < n) {
        keys = new long[n];
      }
      return keys;
    }

    int[] cells(int n) {
      if (cells.length < n) {
        cells = new int[n];
      }
      return cells;
    }
  }
}
