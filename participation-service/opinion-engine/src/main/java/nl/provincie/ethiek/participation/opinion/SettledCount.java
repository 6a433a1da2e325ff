package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * The first pass of {@link SettledLoad} over one range of positions: the votes per existing row,
 * and the participants without a row yet, each with its votes and its first vote in time (the
 * earliest time, at its first position). Ranges are counted apart (in parallel) and then added up
 * in position order ({@link #absorb}), which gives what one pass over all of them gives.
 */
final class SettledCount {
  static final int UNKNOWN = -1;

  private final VoteMatrix matrix;

  /** Participant id to row (>= 0), pending number p as -2 - p, or UNKNOWN; null: hash maps. */
  private final int[] direct;

  private final LongIntMap pendingOfId;
  final int[] adding;

  // participants without a row, in order of first position: id, earliest time and its position
  long[] pendingId = new long[64];
  long[] pendingTime = new long[64];
  int[] pendingPosition = new int[64];
  int[] pendingVotes = new int[64];
  int pending;

  /** {@code table}: id to row of every existing row (not changed), or null for hash maps. */
  SettledCount(VoteMatrix matrix, int[] table) {
    this.matrix = matrix;
    direct = table == null ? null : table.clone();
    pendingOfId = table == null ? new LongIntMap() : null;
    adding = new int[matrix.rows()];
  }

  /** Counts the votes at positions {@code from} to {@code to} in {@code later} windows. */
  void count(VoteColumns votes, LaterWindows later, int from, int to) {
    for (int i = from; i < to; i++) {
      long at = votes.castAtMillis(i);
      if (!later.contains(at) || matrix.columnOfVote(votes.statementAt(i)) < 0) {
        continue;
      }
      long id = votes.participantAt(i);
      int slot = slot(id);
      if (slot >= 0) {
        adding[slot]++;
      } else if (slot == UNKNOWN) {
        addPending(id, at, i, 1);
      } else {
        addToPending(-2 - slot, at, i, 1);
      }
    }
  }

  /** Adds the counts of a range after every range absorbed so far. */
  void absorb(SettledCount next) {
    for (int row = 0; row < adding.length; row++) {
      adding[row] += next.adding[row];
    }
    for (int q = 0; q < next.pending; q++) {
      long id = next.pendingId[q];
      int slot = slot(id);
      if (slot == UNKNOWN) {
        addPending(id, next.pendingTime[q], next.pendingPosition[q], next.pendingVotes[q]);
      } else {
        addToPending(-2 - slot, next.pendingTime[q], next.pendingPosition[q], next.pendingVotes[q]);
      }
    }
  }

  private void addToPending(int p, long at, int position, int votes) {
    pendingVotes[p] += votes;
    if (at < pendingTime[p]) { // an equal time keeps the earlier position
      pendingTime[p] = at;
      pendingPosition[p] = position;
    }
  }

  private void addPending(long id, long at, int position, int votes) {
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
    pendingVotes[pending] = votes;
    setSlot(id, -2 - pending);
    pending++;
  }

  /**
   * Each new participant's first vote in the order of a stable time sort: put in position order
   * (positions are distinct), then sorted by time with the columns' stable radix sort.
   */
  VoteColumns firstVotesInTimeOrder() {
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

  /** The participant's row (>= 0), pending number p as -2 - p, or {@link #UNKNOWN}. */
  int slot(long id) {
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

  void setSlot(long id, int slot) {
    if (direct != null) {
      direct[(int) id] = slot;
    } else if (slot < UNKNOWN) {
      pendingOfId.put(id, -2 - slot);
    }
    // a row (slot >= 0) is found by the matrix itself when there is no table
  }
}
