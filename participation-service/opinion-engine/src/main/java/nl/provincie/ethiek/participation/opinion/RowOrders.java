package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * The two orders of rows a computation needs, kept from one computation to the next (ADR 0060):
 * rows by participant id (for the snapshot) and the in-conversation rows in spec row order (by
 * first statement voted on, then participant id; spec section 1). A few new votes change few rows,
 * so instead of sorting a million rows again, the new rows are sorted and merged into the previous
 * order, and rows touched since are taken out and inserted again. The orders are exactly the ones a
 * full sort gives (a total order on distinct keys); when many rows changed, it is a full sort.
 */
final class RowOrders {
  private long[] keysById;
  private int rowsById;
  private int rowBitsById;
  private int[] inConversation;

  /** Rows sorted by participant id: the ids in order and the row of each rank. */
  record ById(long[] sortedIds, int[] rowOfRank) {}

  /**
   * One primitive sort of (id, row) pairs when ids are small enough to pack, as they usually are;
   * the rows added since the previous call are sorted alone and merged in.
   */
  ById byId(VoteMatrix matrix) {
    int rows = matrix.rows();
    int rowBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, rows));
    long limit = 1L << (63 - rowBits);
    boolean incremental = keysById != null && rowBits == rowBitsById && rowsById <= rows;
    int from = incremental ? rowsById : 0;
    boolean packable = true;
    for (int row = from; row < rows && packable; row++) {
      long id = matrix.participant(row);
      packable = id >= 0 && id < limit;
    }
    if (!packable) {
      keysById = null;
      return unpacked(matrix);
    }
    long[] added = new long[rows - from];
    for (int row = from; row < rows; row++) {
      added[row - from] = matrix.participant(row) << rowBits | row;
    }
    Arrays.parallelSort(added); // distinct keys: one sorted order, whatever the threads
    long[] keys = incremental ? merge(keysById, added) : added;
    keysById = keys;
    rowsById = rows;
    rowBitsById = rowBits;
    long[] sortedIds = new long[rows];
    int[] rowOfRank = new int[rows];
    long mask = (1L << rowBits) - 1;
    for (int i = 0; i < rows; i++) {
      sortedIds[i] = keys[i] >>> rowBits;
      rowOfRank[i] = (int) (keys[i] & mask);
    }
    return new ById(sortedIds, rowOfRank);
  }

  private static ById unpacked(VoteMatrix matrix) {
    int rows = matrix.rows();
    long[] sortedIds = new long[rows];
    int[] rowOfRank = new int[rows];
    for (int row = 0; row < rows; row++) {
      sortedIds[row] = matrix.participant(row);
    }
    Arrays.sort(sortedIds);
    for (int i = 0; i < rows; i++) {
      rowOfRank[i] = matrix.rowOfParticipant(sortedIds[i]);
    }
    return new ById(sortedIds, rowOfRank);
  }

  /** Two sorted arrays merged; the first is returned as it is when the second is empty. */
  static long[] merge(long[] a, long[] b) {
    if (b.length == 0) {
      return a;
    }
    long[] merged = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int out = 0;
    while (i < a.length && j < b.length) {
      merged[out++] = a[i] <= b[j] ? a[i++] : b[j++];
    }
    System.arraycopy(a, i, merged, out, a.length - i);
    out += a.length - i;
    System.arraycopy(b, j, merged, out, b.length - j);
    return merged;
  }

  /**
   * In-conversation rows in spec row order. {@code touched}: every row whose votes or
   * in-conversation state changed since the previous call (no other row's key can have changed).
   */
  int[] inConversation(VoteMatrix matrix, ById byId, int[] touched) {
    int rows = matrix.rows();
    if (inConversation == null || touched.length > rows / 8) {
      inConversation = sorted(matrix, byId);
      return inConversation;
    }
    long[] isTouched = new long[(rows + 63) >>> 6];
    for (int row : touched) {
      isTouched[row >>> 6] |= 1L << row;
    }
    int[] kept = new int[inConversation.length];
    int keptCount = 0;
    for (int row : inConversation) {
      if ((isTouched[row >>> 6] & 1L << row) == 0) {
        kept[keptCount++] = row;
      }
    }
    long[] addedKeys = new long[touched.length];
    int addedCount = 0;
    for (int row : touched) {
      if (matrix.inConversation(row)) {
        int rank = Arrays.binarySearch(byId.sortedIds(), matrix.participant(row));
        addedKeys[addedCount++] = key(matrix.firstStatement(row), rank);
      }
    }
    Arrays.sort(addedKeys, 0, addedCount);
    int[] order = new int[keptCount + addedCount];
    int out = 0;
    int next = 0;
    for (int a = 0; a < addedCount; a++) {
      int row = byId.rowOfRank()[(int) (addedKeys[a] & 0xFFFF_FFFFL)];
      int at = insertionPoint(matrix, kept, next, keptCount, row);
      System.arraycopy(kept, next, order, out, at - next);
      out += at - next;
      next = at;
      order[out++] = row;
    }
    System.arraycopy(kept, next, order, out, keptCount - next);
    inConversation = order;
    return order;
  }

  /** The full sort: (first statement, rank by id) keys of every in-conversation row. */
  private static int[] sorted(VoteMatrix matrix, ById byId) {
    int rows = matrix.rows();
    long[] keys = new long[matrix.inConversationCount()];
    int n = 0;
    for (int rank = 0; rank < rows; rank++) {
      int row = byId.rowOfRank()[rank];
      if (matrix.inConversation(row)) {
        keys[n++] = key(matrix.firstStatement(row), rank);
      }
    }
    Arrays.parallelSort(keys, 0, n);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = byId.rowOfRank()[(int) (keys[i] & 0xFFFF_FFFFL)];
    }
    return order;
  }

  private static long key(int firstStatement, int rank) {
    return ((long) firstStatement << 32) | rank;
  }

  /** First position in {@code rows[from, to)} whose row comes after {@code row}. */
  private static int insertionPoint(VoteMatrix matrix, int[] rows, int from, int to, int row) {
    int low = from;
    int high = to;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (before(matrix, rows[mid], row)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Spec row order: by first statement voted on, then participant id. */
  private static boolean before(VoteMatrix matrix, int a, int b) {
    int byStatement = Integer.compare(matrix.firstStatement(a), matrix.firstStatement(b));
    return byStatement != 0
        ? byStatement < 0
        : Long.compare(matrix.participant(a), matrix.participant(b)) < 0;
  }
}
