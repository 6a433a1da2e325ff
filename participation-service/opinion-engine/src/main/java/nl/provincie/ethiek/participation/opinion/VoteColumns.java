package nl.provincie.ethiek.participation.opinion;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Votes held as primitive columns (21 bytes a vote, no object per vote): a read-only {@code
 * List<Vote>} whose {@link #get} builds the record on demand. {@link OpinionEngine#rebuild} and the
 * vote matrix read the columns directly, so a whole export is replayed without a {@link Vote}
 * object per vote. Equal, element by element, to any other list of the same votes.
 */
public final class VoteColumns extends AbstractList<Vote> implements RandomAccess {
  private static final Choice[] CHOICES = Choice.values();
  private static final int DIGIT_BITS = 11;

  private final long[] participant;
  private final int[] statement;
  private final byte[] code;
  private final long[] castAt;

  /** Index into the columns by position, or null when position = index. */
  private final int[] order;

  private final int from;
  private final int size;

  private VoteColumns(
      long[] participant,
      int[] statement,
      byte[] code,
      long[] castAt,
      int[] order,
      int from,
      int size) {
    this.participant = participant;
    this.statement = statement;
    this.code = code;
    this.castAt = castAt;
    this.order = order;
    this.from = from;
    this.size = size;
  }

  public static Builder builder(int expected) {
    return new Builder(expected);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Vote get(int position) {
    int at = index(position);
    return new Vote(
        ParticipantId.of(participant[at]),
        StatementId.of(statement[at]),
        CHOICES[code[at]],
        castAt[at]);
  }

  @Override
  public VoteColumns subList(int fromPosition, int toPosition) {
    if (fromPosition < 0 || toPosition > size || fromPosition > toPosition) {
      throw new IndexOutOfBoundsException(
          "subList(" + fromPosition + ", " + toPosition + ") of " + size);
    }
    return new VoteColumns(
        participant,
        statement,
        code,
        castAt,
        order,
        from + fromPosition,
        toPosition - fromPosition);
  }

  /**
   * Positions {@code from} to {@code to} copied into columns of their own, in list order: reading
   * them afterwards is sequential even when this list is a permutation. The columns of {@code
   * reuse} (an earlier copy, no longer read) are overwritten when they are large enough.
   */
  VoteColumns copyOf(int fromPosition, int toPosition, VoteColumns reuse) {
    subList(fromPosition, toPosition); // checks the range
    int n = toPosition - fromPosition;
    boolean fits = reuse != null && reuse.order == null && reuse.participant.length >= n;
    long[] participants = fits ? reuse.participant : new long[n];
    int[] statements = fits ? reuse.statement : new int[n];
    byte[] codes = fits ? reuse.code : new byte[n];
    long[] times = fits ? reuse.castAt : new long[n];
    for (int i = 0; i < n; i++) {
      int at = index(fromPosition + i);
      participants[i] = participant[at];
      statements[i] = statement[at];
      codes[i] = code[at];
      times[i] = castAt[at];
    }
    return new VoteColumns(participants, statements, codes, times, null, 0, n);
  }

  long participantAt(int position) {
    return participant[index(position)];
  }

  int statementAt(int position) {
    return statement[index(position)];
  }

  /** The choice's internal code ({@link Choice#code()}). */
  int codeAt(int position) {
    return code[index(position)];
  }

  Choice choiceAt(int position) {
    return CHOICES[code[index(position)]];
  }

  long castAtMillis(int position) {
    return castAt[index(position)];
  }

  private int index(int position) {
    if (position < 0 || position >= size) {
      throw new IndexOutOfBoundsException("vote " + position + " of " + size);
    }
    return order == null ? from + position : order[from + position];
  }

  /**
   * The same votes stably sorted by cast time, as {@link OpinionEngine#inTimeOrder}: this list when
   * already in order, else a view through a permutation found by a least-significant-digit radix
   * sort (a few linear passes instead of a comparison sort of ten million keys).
   */
  VoteColumns inTimeOrder() {
    TimeSpan span = new TimeSpan();
    for (int i = 0; i < size; i++) {
      span.add(castAt[index(i)]);
    }
    if (span.sorted) {
      return this;
    }
    long min = span.min;
    long max = span.max;
    // keys are unsigned offsets from the minimum: exact even when max - min overflows a long
    int bits = 64 - Long.numberOfLeadingZeros(max - min);
    int passes = (bits + DIGIT_BITS - 1) / DIGIT_BITS;
    int radix = 1 << DIGIT_BITS;
    int[][] counts = new int[passes][radix + 1];
    int[] positions = new int[size];
    for (int i = 0; i < size; i++) {
      int at = index(i);
      positions[i] = at;
      long key = castAt[at] - min;
      for (int pass = 0; pass < passes; pass++) {
        counts[pass][(int) (key >>> (pass * DIGIT_BITS)) & (radix - 1)]++;
      }
    }
    int[] scratch = new int[size];
    for (int pass = 0; pass < passes; pass++) {
      int[] count = counts[pass];
      if (Arrays.stream(count).anyMatch(c -> c == size)) {
        continue; // every key has the same digit here
      }
      int[] next = new int[radix];
      for (int digit = 1; digit < radix; digit++) {
        next[digit] = next[digit - 1] + count[digit - 1];
      }
      int shift = pass * DIGIT_BITS;
      for (int i = 0; i < size; i++) {
        int at = positions[i];
        scratch[next[(int) ((castAt[at] - min) >>> shift) & (radix - 1)]++] = at;
      }
      int[] swap = positions;
      positions = scratch;
      scratch = swap;
    }
    return new VoteColumns(participant, statement, code, castAt, positions, 0, size);
  }

  /** Collects votes in order; not thread-safe. */
  public static final class Builder {
    private long[] participant;
    private int[] statement;
    private byte[] code;
    private long[] castAt;
    private int size;

    private Builder(int expected) {
      int capacity = Math.max(16, expected);
      participant = new long[capacity];
      statement = new int[capacity];
      code = new byte[capacity];
      castAt = new long[capacity];
    }

    public int size() {
      return size;
    }

    /**
     * Forgets the votes added, keeping the capacity (to collect again); not after {@link #build}.
     */
    public Builder clear() {
      requireNotBuilt();
      size = 0;
      return this;
    }

    private void requireNotBuilt() {
      if (participant == null) {
        throw new IllegalStateException("this builder has built its columns");
      }
    }

    /** Adds one vote; the statement id must be >= 0 as for {@link StatementId#of}. */
    public Builder add(long participantId, int statementId, Choice choice, long castAtMillis) {
      requireNotBuilt();
      if (statementId < 0) {
        StatementId.of(statementId);
      }
      if (size == participant.length) {
        grow(size + 1);
      }
      participant[size] = participantId;
      statement[size] = statementId;
      code[size] = (byte) choice.code();
      castAt[size] = castAtMillis;
      size++;
      return this;
    }

    public Builder add(Vote vote) {
      return add(
          vote.participant().value(), vote.statement().value(), vote.choice(), vote.castAtMillis());
    }

    /** Appends every vote of another builder, in its order. */
    public Builder addAll(Builder other) {
      requireNotBuilt();
      other.requireNotBuilt();
      if (size + other.size > participant.length) {
        grow(size + other.size);
      }
      System.arraycopy(other.participant, 0, participant, size, other.size);
      System.arraycopy(other.statement, 0, statement, size, other.size);
      System.arraycopy(other.code, 0, code, size, other.size);
      System.arraycopy(other.castAt, 0, castAt, size, other.size);
      size += other.size;
      return this;
    }

    private void grow(int needed) {
      int capacity =
          needed <= size
              ? needed
              : Math.max(needed, participant.length + (participant.length >> 1));
      participant = Arrays.copyOf(participant, capacity);
      statement = Arrays.copyOf(statement, capacity);
      code = Arrays.copyOf(code, capacity);
      castAt = Arrays.copyOf(castAt, capacity);
    }

    /**
     * The votes so far; the columns are trimmed to size when more than an eighth of them is slack
     * (a copy of ten million votes costs more than the few percent it saves). The builder must not
     * be used afterwards.
     */
    public VoteColumns build() {
      requireNotBuilt();
      if (participant.length - size > size >> 3) {
        grow(size); // one column at a time is copied: never twice the whole
      }
      VoteColumns built = new VoteColumns(participant, statement, code, castAt, null, 0, size);
      participant = null; // the columns are the list's now
      statement = null;
      code = null;
      castAt = null;
      return built;
    }
  }
}
