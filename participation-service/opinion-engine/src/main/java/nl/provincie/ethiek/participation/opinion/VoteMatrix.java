package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * The sparse vote matrix: per participant (row) a sorted int array of cells {@code column << 2 |
 * code}, code 0 pass, 1 agree, 2 disagree. Four bytes per vote plus growth slack; nothing dense.
 * Newly recorded votes are appended and merged into the sorted part by {@link #normalise()}, where
 * the latest vote on a statement wins.
 *
 * <p>Columns are statements in registration order; a column counts as part of the matrix (spec
 * section 1) once it has a vote.
 */
final class VoteMatrix {
  static final int MIN_VOTES_IN_CONVERSATION = 7;
  static final int MIN_PARTICIPANTS_IN_CONVERSATION = 15;

  // Rows.
  private final LongIntMap rowOfParticipant = new LongIntMap();
  private long[] participant = new long[16];
  private int[][] cells = new int[16][];
  private int[] length = new int[16];
  private int[] sortedLength = new int[16];
  private int[] firstStatement = new int[16];
  private boolean[] inConversation = new boolean[16];
  private int rows;
  private int inConversationCount;
  private int[] dirty = new int[16];
  // Scratch for sorting a new row (bitmap of columns and the cell per column).
  private long[] seen = new long[0];
  private static final int SMALL_TAIL = 8;
  private final int[] tailScratch = new int[SMALL_TAIL];
  private int[] cellOfColumn = new int[0];
  private int dirtyCount;
  // pol.is's counting defect of 2017 (Rules): rejected columns count as votes for the threshold.
  private boolean rejectedCountAsVotes;

  // Since the engine last took them (takeChanges): the rows whose votes or in-conversation state
  // changed, and every latest-vote change as (row, cell, +-1); null once more than CHANGE_LOG_LIMIT
  // were logged (the engine then recounts everything).
  private int[] touched = new int[16];
  private int touchedCount;
  private long[] touchedBits = new long[1];
  private long[] cellChanges = new long[16];
  private int cellChangeCount;
  private int countingRow;
  static final int CHANGE_LOG_LIMIT = 1 << 20;

  // Columns.
  private final LongIntMap columnOfStatement = new LongIntMap();

  /** Column by statement id for ids below its length (-1: none): no hashing on the vote path. */
  private int[] columnOfSmallId = new int[0];

  private static final int DIRECT_IDS = 1 << 20;
  // The row of the latest vote's participant: votes usually come participant by participant.
  private long lastParticipant;
  private int lastRow = -1;
  private int[] statement = new int[16];
  private boolean[] meta = new boolean[16];
  private boolean[] rejected = new boolean[16];
  private int[] agrees = new int[16];
  private int[] disagrees = new int[16];
  private int[] passes = new int[16];
  private int[] castAgrees = new int[16];
  private int[] castDisagrees = new int[16];
  private int[] castPasses = new int[16];
  private int columns;
  private int votedColumns;
  private int rejectedVotedColumns;
  private long ignoredVotes;

  void register(StatementId id, boolean isMeta) {
    int column = columnOfStatement.get(id.value());
    if (column < 0) {
      column = columns++;
      if (column == statement.length) {
        growColumns();
      }
      statement[column] = id.value();
      columnOfStatement.put(id.value(), column);
      if (id.value() < DIRECT_IDS) {
        if (id.value() >= columnOfSmallId.length) {
          int from = columnOfSmallId.length;
          columnOfSmallId =
              Arrays.copyOf(
                  columnOfSmallId, Math.min(DIRECT_IDS, Math.max(16, (id.value() + 1) * 2)));
          Arrays.fill(columnOfSmallId, from, columnOfSmallId.length, -1);
        }
        columnOfSmallId[id.value()] = column;
      }
    }
    meta[column] |= isMeta;
  }

  /** Returns false when the statement is unknown. */
  boolean setRejected(StatementId id, boolean value) {
    int column = columnOfStatement.get(id.value());
    if (column < 0) {
      return false;
    }
    if (rejected[column] != value && hasVotes(column)) {
      rejectedVotedColumns += value ? 1 : -1;
    }
    rejected[column] = value;
    return true;
  }

  /**
   * Appends votes in order, as {@link #append} one by one; a large list first counts the new votes
   * per participant and sizes each row once, so loading a whole conversation does not regrow every
   * row several times.
   */
  void appendAll(java.util.List<Vote> votes) {
    if (votes instanceof VoteColumns columns) {
      appendAll(columns);
      return;
    }
    if (votes.size() >= PRESIZE_FROM_VOTES) {
      int[] adding = new int[participant.length];
      for (Vote vote : votes) {
        adding = countAdding(adding, vote.participant().value(), vote.statement().value());
      }
      presize(adding);
    }
    for (Vote vote : votes) {
      append(vote);
    }
  }

  /** The same for votes held as columns: no {@link Vote} object per vote. */
  private void appendAll(VoteColumns votes) {
    int n = votes.size();
    if (n >= PRESIZE_FROM_VOTES) {
      int[] adding = new int[participant.length];
      for (int i = 0; i < n; i++) {
        adding = countAdding(adding, votes.participantAt(i), votes.statementAt(i));
      }
      presize(adding);
    }
    for (int i = 0; i < n; i++) {
      append(votes.participantAt(i), votes.statementAt(i), votes.codeAt(i));
    }
  }

  private int[] countAdding(int[] adding, long participantId, int id) {
    int column = id < columnOfSmallId.length ? columnOfSmallId[id] : columnOfStatement.get(id);
    if (column < 0) {
      return adding;
    }
    int row = rowOf(participantId);
    int[] counts = row < adding.length ? adding : Arrays.copyOf(adding, participant.length);
    counts[row]++;
    return counts;
  }

  private void presize(int[] adding) {
    for (int row = 0; row < rows; row++) {
      int needed = length[row] + adding[row];
      if (adding[row] > 0 && cells[row].length < needed) {
        cells[row] = Arrays.copyOf(cells[row], needed);
      }
    }
  }

  private static final int PRESIZE_FROM_VOTES = 4_096;

  /** Appends a vote; returns false (and counts it as ignored) when the statement is unknown. */
  boolean append(Vote vote) {
    return append(vote.participant().value(), vote.statement().value(), vote.choice().code());
  }

  private boolean append(long participantId, int id, int code) {
    int column = columnOfVote(id);
    if (column < 0) {
      ignoredVotes++;
      return false;
    }
    appendCell(rowOf(participantId), column, code, id);
    return true;
  }

  /** The column of a vote's statement id, or -1 when the statement is unknown. */
  int columnOfVote(int id) {
    return id < columnOfSmallId.length ? columnOfSmallId[id] : columnOfStatement.get(id);
  }

  /** Counts votes on unknown statements, as {@link #append} does. */
  void ignoreVotes(long count) {
    ignoredVotes += count;
  }

  /**
   * Appends a vote of a known row on a known column ({@link #columnOfVote}) to the row's unsorted
   * tail, as {@link #append} does after its look-ups.
   */
  private void appendCell(int row, int column, int code, int id) {
    switch (code) {
      case 1 -> castAgrees[column]++;
      case 2 -> castDisagrees[column]++;
      default -> castPasses[column]++;
    }
    if (length[row] == sortedLength[row]) {
      touch(row);
      dirty[dirtyCount++] = row;
      if (dirtyCount == dirty.length) {
        dirty = Arrays.copyOf(dirty, dirtyCount * 2);
      }
    }
    int[] rowCells = cells[row];
    if (length[row] == rowCells.length) {
      rowCells = Arrays.copyOf(rowCells, Math.max(4, rowCells.length + (rowCells.length >> 1)));
      cells[row] = rowCells;
    }
    rowCells[length[row]++] = column << 2 | code;
    firstStatement[row] = Math.min(firstStatement[row], id);
  }

  /**
   * With {@link #appendCells} and {@link #countCast}, what {@link #appendCell} does for a run of
   * votes of one row: marks the row as changed and to be merged. Called on one thread.
   */
  void markAppending(int row) {
    if (length[row] == sortedLength[row]) {
      touch(row);
      dirty[dirtyCount++] = row;
      if (dirtyCount == dirty.length) {
        dirty = Arrays.copyOf(dirty, dirtyCount * 2);
      }
    }
  }

  /**
   * Appends a run of votes to a row's unsorted tail (after {@link #markAppending}): {@code
   * gathered[from, from + count)} hold cells ({@code column << 2 | code}, known columns) in their
   * low 32 bits. Touches only this row's state, so distinct rows may be appended on several
   * threads; the cast counts are added by {@link #countCast}.
   */
  void appendCells(int row, long[] gathered, int from, int count) {
    int at = length[row];
    int[] rowCells = cells[row];
    if (rowCells.length < at + count) {
      rowCells = Arrays.copyOf(rowCells, at + count);
      cells[row] = rowCells;
    }
    int first = firstStatement[row];
    for (int j = 0; j < count; j++) {
      int cell = (int) gathered[from + j];
      rowCells[at + j] = cell;
      first = Math.min(first, statement[cell >>> 2]);
    }
    firstStatement[row] = first;
    length[row] = at + count;
  }

  /** Adds every vote cast per column, by choice code (0 pass, 1 agree, 2 disagree). */
  void countCast(int[][] castByCode) {
    for (int c = 0; c < columns; c++) {
      castPasses[c] += castByCode[0][c];
      castAgrees[c] += castByCode[1][c];
      castDisagrees[c] += castByCode[2][c];
    }
  }

  /**
   * Shortens a row's unsorted tail to the first {@code tail} cells after the caller rewrote them in
   * {@link #cells} (the latest vote per statement, for a settled load).
   */
  void keepTail(int row, int tail) {
    if (tail < 0 || sortedLength[row] + tail > length[row]) {
      throw new IllegalArgumentException("tail " + tail + " of row " + row);
    }
    length[row] = sortedLength[row] + tail;
  }

  /**
   * Whether the in-conversation rule has settled: the vote threshold is at its maximum, at least
   * {@link #MIN_PARTICIPANTS_IN_CONVERSATION} are in, nothing is waiting to be merged and rejected
   * statements do not count as votes. From here on, recording more votes in one batch or in many
   * admits the same rows: those whose distinct statements reach the threshold (ADR 0062).
   */
  boolean settled() {
    return votedColumns >= MIN_VOTES_IN_CONVERSATION
        && inConversationCount >= MIN_PARTICIPANTS_IN_CONVERSATION
        && dirtyCount == 0
        && !rejectedCountAsVotes;
  }

  /** The row of a participant, a new row when they have none yet. */
  int rowOf(long id) {
    if (id == lastParticipant && lastRow >= 0) {
      return lastRow;
    }
    int row = rowOfParticipant.get(id);
    if (row >= 0) {
      lastParticipant = id;
      lastRow = row;
      return row;
    }
    row = rows++;
    if (row == participant.length) {
      growRows();
    }
    participant[row] = id;
    cells[row] = new int[4];
    firstStatement[row] = Integer.MAX_VALUE;
    rowOfParticipant.put(id, row);
    lastParticipant = id;
    lastRow = row;
    return row;
  }

  /**
   * Merges appended votes into the sorted rows (latest wins, counts follow), then applies the
   * in-conversation rule of spec section 3 to the rows that changed.
   */
  void normalise() {
    for (int i = 0; i < dirtyCount; i++) {
      mergeTail(dirty[i]);
    }
    int threshold = Math.min(MIN_VOTES_IN_CONVERSATION, votedColumns);
    for (int i = 0; i < dirtyCount; i++) {
      int row = dirty[i];
      if (!inConversation[row] && sortedLength[row] >= threshold && sortedLength[row] > 0) {
        admit(row);
      }
    }
    dirtyCount = 0;
    if (rejectedCountAsVotes && rejectedVotedColumns > 0) {
      admitCountingRejected(threshold);
    }
    if (inConversationCount < MIN_PARTICIPANTS_IN_CONVERSATION && inConversationCount < rows) {
      addMostActive();
    }
  }

  /** Sets whether rejected columns count as every participant's votes ({@link Rules}). */
  void countRejectedAsVotes(boolean value) {
    rejectedCountAsVotes = value;
  }

  /**
   * The threshold with rejected columns counted as voted by everyone, as pol.is counted them on its
   * zeroed matrix: every row is looked at, not only the changed ones.
   */
  private void admitCountingRejected(int threshold) {
    for (int row = 0; row < rows; row++) {
      if (inConversation[row] || sortedLength[row] == 0) {
        continue;
      }
      int counted = sortedLength[row] + rejectedVotedColumns;
      int[] rowCells = cells[row];
      for (int i = 0; i < sortedLength[row]; i++) {
        if (rejected(rowCells[i] >>> 2)) {
          counted--;
        }
      }
      if (counted >= threshold) {
        admit(row);
      }
    }
  }

  private void addMostActive() {
    Integer[] candidates =
        java.util.stream.IntStream.range(0, rows)
            .filter(r -> !inConversation[r] && sortedLength[r] > 0)
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(candidates, (a, b) -> Integer.compare(sortedLength[b], sortedLength[a]));
    for (int i = 0;
        i < candidates.length && inConversationCount < MIN_PARTICIPANTS_IN_CONVERSATION;
        i++) {
      admit(candidates[i]);
    }
  }

  private void admit(int row) {
    inConversation[row] = true;
    inConversationCount++;
    touch(row);
  }

  private void touch(int row) {
    long bit = 1L << row;
    if ((touchedBits[row >>> 6] & bit) != 0) {
      return;
    }
    touchedBits[row >>> 6] |= bit;
    if (touchedCount == touched.length) {
      touched = Arrays.copyOf(touched, touchedCount * 2);
    }
    touched[touchedCount++] = row;
  }

  /** What changed since the previous call (valid after normalise()), see {@link Changes}. */
  Changes takeChanges() {
    int[] rowsTouched = Arrays.copyOf(touched, touchedCount);
    for (int i = 0; i < touchedCount; i++) {
      touchedBits[touched[i] >>> 6] = 0;
    }
    touchedCount = 0;
    if (touched.length > 1024) {
      touched = new int[16];
    }
    long[] changes = cellChanges == null ? null : Arrays.copyOf(cellChanges, cellChangeCount);
    cellChanges = new long[16];
    cellChangeCount = 0;
    return new Changes(rowsTouched, changes);
  }

  /**
   * Rows touched (a vote recorded or admitted to the conversation, each once, in the order first
   * touched) and the latest-vote changes ({@link #changedRow}, {@link #changedCell}, {@link
   * #changeDelta}), or null when there were too many to log.
   */
  record Changes(int[] touchedRows, long[] cellChanges) {}

  static int changedRow(long change) {
    return (int) (change >>> 33);
  }

  static int changedCell(long change) {
    return (int) ((change >>> 1) & 0xFFFF_FFFFL);
  }

  static int changeDelta(long change) {
    return (change & 1) != 0 ? 1 : -1;
  }

  private void logChange(int cell, int delta) {
    if (cellChanges == null) {
      return;
    }
    if (cellChangeCount == CHANGE_LOG_LIMIT) {
      cellChanges = null;
      return;
    }
    if (cellChangeCount == cellChanges.length) {
      cellChanges = Arrays.copyOf(cellChanges, cellChangeCount * 2);
    }
    cellChanges[cellChangeCount++] =
        (long) countingRow << 33 | (long) cell << 1 | (delta > 0 ? 1 : 0);
  }

  private void mergeTail(int row) {
    countingRow = row;
    int[] rowCells = cells[row];
    int sorted = sortedLength[row];
    int end = length[row];
    if (isSortedExtension(rowCells, sorted, end)) {
      for (int i = sorted; i < end; i++) {
        count(rowCells[i], 1);
      }
      sortedLength[row] = end;
      return;
    }
    int tail = end - sorted;
    if (sorted > 0 && tail <= SMALL_TAIL) {
      insertTail(row, rowCells, sorted, end);
      return;
    }
    int[] firstFill = sorted == 0 ? sortDistinct(rowCells, end) : null;
    if (firstFill != null) {
      for (int i = 0; i < end; i++) {
        count(firstFill[i], 1);
      }
      cells[row] = firstFill;
      sortedLength[row] = end;
      return;
    }
    long[] keys = new long[tail];
    for (int i = 0; i < tail; i++) {
      keys[i] = ((long) (rowCells[sorted + i] >>> 2) << 32) | i;
    }
    Arrays.sort(keys);
    int[] latest = new int[tail];
    int distinct = 0;
    for (int i = 0; i < tail; i++) {
      boolean lastOfColumn = i + 1 == tail || (keys[i + 1] >>> 32) != (keys[i] >>> 32);
      if (lastOfColumn) {
        latest[distinct++] = rowCells[sorted + (int) keys[i]];
      }
    }
    int[] merged = new int[Math.max(4, sorted + distinct + ((sorted + distinct) >> 3))];
    int a = 0;
    int b = 0;
    int out = 0;
    while (a < sorted || b < distinct) {
      int columnA = a < sorted ? rowCells[a] >>> 2 : Integer.MAX_VALUE;
      int columnB = b < distinct ? latest[b] >>> 2 : Integer.MAX_VALUE;
      if (columnA < columnB) {
        merged[out++] = rowCells[a++];
      } else if (columnB < columnA) {
        count(latest[b], 1);
        merged[out++] = latest[b++];
      } else {
        count(latest[b], 1);
        count(rowCells[a++], -1);
        merged[out++] = latest[b++];
      }
    }
    cells[row] = merged;
    length[row] = out;
    sortedLength[row] = out;
  }

  /**
   * A few new votes on a sorted row (the usual batch of a live conversation): each, in order, is
   * inserted in place or replaces the vote on the same statement, so the latest wins. No
   * allocation: the row array already holds the tail.
   */
  private void insertTail(int row, int[] rowCells, int sorted, int end) {
    int tail = end - sorted;
    System.arraycopy(rowCells, sorted, tailScratch, 0, tail);
    int size = sorted;
    for (int t = 0; t < tail; t++) {
      int cell = tailScratch[t];
      int column = cell >>> 2;
      int low = 0;
      int high = size - 1;
      int at = -1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int midColumn = rowCells[mid] >>> 2;
        if (midColumn < column) {
          low = mid + 1;
        } else if (midColumn > column) {
          high = mid - 1;
        } else {
          at = mid;
          break;
        }
      }
      // the new vote is counted before the replaced one is uncounted: a column never looks empty
      count(cell, 1);
      if (at >= 0) {
        count(rowCells[at], -1);
        rowCells[at] = cell;
      } else {
        System.arraycopy(rowCells, low, rowCells, low + 1, size - low);
        rowCells[low] = cell;
        size++;
      }
    }
    length[row] = size;
    sortedLength[row] = size;
  }

  /**
   * The first n cells sorted, when their columns are distinct (one vote per statement, the usual
   * case for a new row): in place when the row array has little slack, else in a new array with the
   * usual slack; null otherwise (the stable merge then decides which vote is the latest).
   */
  private int[] sortDistinct(int[] rowCells, int n) {
    int slack = Math.max(4, n + (n >> 3));
    int[] copy = rowCells.length <= slack ? rowCells : new int[slack];
    if ((long) columns > 64L * n) {
      if (copy == rowCells) {
        copy = new int[slack];
      }
      System.arraycopy(rowCells, 0, copy, 0, n);
      Arrays.sort(copy, 0, n);
      for (int i = 1; i < n; i++) {
        if (copy[i] >>> 2 == copy[i - 1] >>> 2) {
          return null;
        }
      }
      return copy;
    }
    // Few columns for the row's length: mark columns in a bitmap and read them back in order.
    int words = (columns + 63) >>> 6;
    if (seen.length < words) {
      seen = new long[words];
      cellOfColumn = new int[words << 6];
    }
    boolean distinct = true;
    for (int i = 0; i < n; i++) {
      int cell = rowCells[i];
      int column = cell >>> 2;
      long bit = 1L << column;
      if ((seen[column >>> 6] & bit) != 0) {
        distinct = false;
      }
      seen[column >>> 6] |= bit;
      cellOfColumn[column] = cell;
    }
    if (!distinct) {
      Arrays.fill(seen, 0, words, 0L);
      return null;
    }
    int out = 0;
    for (int word = 0; word < words; word++) {
      long bits = seen[word];
      seen[word] = 0;
      while (bits != 0) {
        int column = word << 6 | Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        copy[out++] = cellOfColumn[column];
      }
    }
    return copy;
  }

  private static boolean isSortedExtension(int[] rowCells, int sorted, int end) {
    int previous = sorted == 0 ? -1 : rowCells[sorted - 1] >>> 2;
    for (int i = sorted; i < end; i++) {
      int column = rowCells[i] >>> 2;
      if (column <= previous) {
        return false;
      }
      previous = column;
    }
    return true;
  }

  private void count(int cell, int delta) {
    logChange(cell, delta);
    int column = cell >>> 2;
    boolean hadVotes = hasVotes(column);
    switch (cell & 3) {
      case 1 -> agrees[column] += delta;
      case 2 -> disagrees[column] += delta;
      default -> passes[column] += delta;
    }
    if (!hadVotes && hasVotes(column)) {
      votedColumns++;
      if (rejected[column]) {
        rejectedVotedColumns++;
      }
    }
  }

  boolean hasVotes(int column) {
    return agrees[column] + disagrees[column] + passes[column] > 0;
  }

  private void growRows() {
    int capacity = participant.length * 2;
    participant = Arrays.copyOf(participant, capacity);
    cells = Arrays.copyOf(cells, capacity);
    length = Arrays.copyOf(length, capacity);
    sortedLength = Arrays.copyOf(sortedLength, capacity);
    firstStatement = Arrays.copyOf(firstStatement, capacity);
    inConversation = Arrays.copyOf(inConversation, capacity);
    touchedBits = Arrays.copyOf(touchedBits, (capacity + 63) >>> 6);
  }

  private void growColumns() {
    int capacity = statement.length * 2;
    statement = Arrays.copyOf(statement, capacity);
    meta = Arrays.copyOf(meta, capacity);
    rejected = Arrays.copyOf(rejected, capacity);
    agrees = Arrays.copyOf(agrees, capacity);
    disagrees = Arrays.copyOf(disagrees, capacity);
    passes = Arrays.copyOf(passes, capacity);
    castAgrees = Arrays.copyOf(castAgrees, capacity);
    castDisagrees = Arrays.copyOf(castDisagrees, capacity);
    castPasses = Arrays.copyOf(castPasses, capacity);
  }

  // Read access for the computation (valid after normalise()).

  int rows() {
    return rows;
  }

  int columns() {
    return columns;
  }

  /** n_statements of the spec: columns with at least one vote. */
  int votedColumns() {
    return votedColumns;
  }

  /** Rejected columns that are part of the matrix: they count as voted for every participant. */
  int rejectedVotedColumns() {
    return rejectedVotedColumns;
  }

  int[] cells(int row) {
    return cells[row];
  }

  int length(int row) {
    return sortedLength[row];
  }

  long participant(int row) {
    return participant[row];
  }

  int rowOfParticipant(long id) {
    return rowOfParticipant.get(id);
  }

  int firstStatement(int row) {
    return firstStatement[row];
  }

  boolean inConversation(int row) {
    return inConversation[row];
  }

  int inConversationCount() {
    return inConversationCount;
  }

  int statement(int column) {
    return statement[column];
  }

  int columnOfStatement(int id) {
    return columnOfStatement.get(id);
  }

  boolean meta(int column) {
    return meta[column];
  }

  boolean rejected(int column) {
    return rejected[column];
  }

  int agrees(int column) {
    return agrees[column];
  }

  int disagrees(int column) {
    return disagrees[column];
  }

  int passes(int column) {
    return passes[column];
  }

  int votes(int column) {
    return agrees[column] + disagrees[column] + passes[column];
  }

  int castAgrees(int column) {
    return castAgrees[column];
  }

  int castDisagrees(int column) {
    return castDisagrees[column];
  }

  int castPasses(int column) {
    return castPasses[column];
  }

  long ignoredVotes() {
    return ignoredVotes;
  }

  long votes() {
    long total = 0;
    for (int row = 0; row < rows; row++) {
      total += sortedLength[row];
    }
    return total;
  }

  /** Bytes held by the matrix's arrays (array headers included, object headers of rows too). */
  long heldBytes() {
    long bytes = rowOfParticipant.heldBytes() + columnOfStatement.heldBytes();
    bytes += participant.length * (8L + 8 + 4 + 4 + 4 + 1) + 16L * 6;
    for (int row = 0; row < rows; row++) {
      bytes += 16L + 4L * cells[row].length;
    }
    bytes += statement.length * (4L * 8 + 2);
    return bytes;
  }
}
