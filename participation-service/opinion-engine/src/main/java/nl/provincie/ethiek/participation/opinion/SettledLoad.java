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

  private static final int UNKNOWN = -1;

  private final VoteMatrix matrix;
  private final VoteColumns votes;
  private final LaterWindows later;
  private final int[] direct;
  private final LongIntMap pendingOfId;

  // participants without a row yet, in order of first position: id, earliest time and its position
  private long[] pendingId = new long[64];
  private long[] pendingTime = new long[64];
  private int[] pendingPosition = new int[64];
  private int[] pendingVotes = new int[64];
  private int pending;

  private SettledLoad(VoteMatrix matrix, VoteColumns votes, LaterWindows later, long[] idRange) {
    this.matrix = matrix;
    this.votes = votes;
    this.later = later;
    boolean small = idRange[0] <= idRange[1] && idRange[0] >= 0 && idRange[1] < DIRECT_IDS;
    direct = small ? new int[(int) idRange[1] + 1] : null;
    pendingOfId = small ? null : new LongIntMap();
    if (small) {
      Arrays.fill(direct, UNKNOWN);
      for (int row = 0; row < matrix.rows(); row++) {
        long id = matrix.participant(row);
        if (id >= 0 && id < direct.length) {
          direct[(int) id] = row;
        }
      }
    }
  }

  /** Appends the votes in {@code later} windows and merges them; the matrix must be settled. */
  static void load(VoteMatrix matrix, VoteColumns votes, LaterWindows later) {
    if (!matrix.settled()) {
      throw new IllegalStateException("the vote matrix is not settled");
    }
    new SettledLoad(matrix, votes, later, idRange(votes)).run();
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

  private void run() {
    int[] adding = countAndFindNewParticipants();
    int rows = matrix.rows();
    int[] cursor = new int[rows];
    int total = 0;
    for (int row = 0; row < rows; row++) {
      cursor[row] = total;
      total += adding[row];
    }
    // The votes gathered by row first, (position << 32 | cell) in one array, so each vote costs one
    // scattered store; each row is then appended from its run of this array.
    long[] byRow = new long[total];
    int n = votes.size();
    for (int i = 0; i < n; i++) {
      if (!later.contains(votes.castAtMillis(i))) {
        continue;
      }
      int column = matrix.columnOfVote(votes.statementAt(i));
      if (column < 0) {
        matrix.ignoreVote();
        continue;
      }
      int row = slot(votes.participantAt(i));
      byRow[cursor[row]++] = (long) i << 32 | ((column << 2 | votes.codeAt(i)) & 0xFFFF_FFFFL);
    }
    TailScratch scratch = new TailScratch();
    int from = 0;
    for (int row = 0; row < rows; row++) {
      int count = adding[row];
      if (count == 0) {
        continue;
      }
      matrix.appendCells(row, byRow, from, count);
      if (count > 1) {
        keepLatest(row, byRow, from, count, scratch);
      }
      from += count;
    }
    matrix.normalise();
  }

  /**
   * Votes per row to add; rows of new participants are created in the order of their first vote in
   * time (then position), as a replay in time order creates them.
   */
  private int[] countAndFindNewParticipants() {
    int[] adding = new int[matrix.rows()];
    int n = votes.size();
    for (int i = 0; i < n; i++) {
      long at = votes.castAtMillis(i);
      if (!later.contains(at) || matrix.columnOfVote(votes.statementAt(i)) < 0) {
        continue;
      }
      long id = votes.participantAt(i);
      int slot = slot(id);
      if (slot >= 0) {
        adding[slot]++;
      } else if (slot == UNKNOWN) {
        addPending(id, at, i);
      } else {
        int p = -2 - slot;
        pendingVotes[p]++;
        if (at < pendingTime[p]) {
          pendingTime[p] = at;
          pendingPosition[p] = i;
        }
      }
    }
    int[] all = Arrays.copyOf(adding, matrix.rows() + pending);
    VoteColumns firstVotes = firstVotesInTimeOrder();
    for (int k = 0; k < firstVotes.size(); k++) {
      long id = firstVotes.participantAt(k);
      int p = -2 - slot(id);
      int row = matrix.rowOf(id);
      setSlot(id, row);
      all[row] = pendingVotes[p];
    }
    return all;
  }

  /**
   * Each new participant's first vote in the order of a stable time sort: put in position order
   * (positions are distinct), then sorted by time with the columns' stable radix sort.
   */
  private VoteColumns firstVotesInTimeOrder() {
    long[] byPosition = new long[pending];
    for (int p = 0; p < pending; p++) {
      byPosition[p] = (long) pendingPosition[p] << 32 | p;
    }
    Arrays.sort(byPosition);
    VoteColumns.Builder firstVotes = VoteColumns.builder(pending);
    for (long key : byPosition) {
      int p = (int) key;
      firstVotes.add(pendingId[p], 0, Choice.PASS, pendingTime[p]);
    }
    return firstVotes.build().inTimeOrder();
  }

  private void addPending(long id, long at, int position) {
    if (pending == pendingId.length) {
      int capacity = pending * 2;
      pendingId = Arrays.copyOf(pendingId, capacity);
      pendingTime = Arrays.copyOf(pendingTime, capacity);
      pendingPosition = Arrays.copyOf(pendingPosition, capacity);
      pendingVotes = Arrays.copyOf(pendingVotes, capacity);
    }
    pendingId[pending] = id;
    pendingTime[pending] = at;
    pendingPosition[pending] = position;
    pendingVotes[pending] = 1;
    setSlot(id, -2 - pending);
    pending++;
  }

  /** The participant's row (>= 0), pending number p as -2 - p, or {@link #UNKNOWN}. */
  private int slot(long id) {
    if (direct != null) {
      return direct[(int) id];
    }
    int row = matrix.rowOfParticipant(id);
    if (row >= 0) {
      return row;
    }
    int p = pendingOfId.get(id);
    return p >= 0 ? -2 - p : UNKNOWN;
  }

  private void setSlot(long id, int slot) {
    if (direct != null) {
      direct[(int) id] = slot;
    } else if (slot < UNKNOWN) {
      pendingOfId.put(id, -2 - slot);
    }
    // a row (slot >= 0) is found by the matrix itself when there is no table
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
