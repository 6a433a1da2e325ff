package nl.provincie.ethiek.participation.polis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.postgresql.copy.CopyIn;

/**
 * Writes imported votes into the history with one binary {@code COPY} in the caller's transaction
 * (docs/adr/0056): the rows stream to PostgreSQL as they are read, 256 KB at a time. Statement and
 * participant ids are looked up per distinct comment and voter, never held per vote.
 *
 * <p>The first vote on a comment that comments.csv did not have stops the copy (the import is then
 * refused); the rest of the file is still read for the refusals that come before it.
 */
final class VoteCopy implements StreamedVotesCsv.Sink, AutoCloseable {

  private static final byte[] SIGNATURE =
      "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final int ROW_BYTES = 2 + 4 * 6 + 16 * 4 + 2 + 8;

  /** PostgreSQL counts time in microseconds from 2000-01-01; pol.is in milliseconds from 1970. */
  private static final long POSTGRES_EPOCH_MILLIS = 946_684_800_000L;

  private final UUID conversation;
  private final IntUuidTable statements;
  private final IntUuidTable voters = new IntUuidTable(1 << 12);
  private final ByteBuffer buffer = ByteBuffer.allocate(256 << 10);
  private final long requestMost;
  private final long requestLeast;
  private CopyIn copy;
  private long rows;
  private OptionalInt unknownComment = OptionalInt.empty();

  /**
   * @param copy the vote owner's {@code COPY} into the history, started on the transaction's
   *     connection ({@code VoteStore.copyHistory})
   */
  VoteCopy(CopyIn copy, UUID conversation, Map<Integer, UUID> statementIds) {
    this.conversation = conversation;
    this.statements = new IntUuidTable(statementIds.size());
    statementIds.forEach(statements::put);
    // imported votes answer no request: each gets a distinct id of its own, the import's random
    // id with the row number in its low bits (below the variant bits)
    UUID base = UUID.randomUUID();
    this.requestMost = base.getMostSignificantBits();
    this.requestLeast = base.getLeastSignificantBits();
    this.copy = copy;
    buffer.put(SIGNATURE).putInt(0).putInt(0);
  }

  @Override
  public void vote(long timestamp, int commentId, int voterId, int vote) {
    if (unknownComment.isPresent()) {
      return;
    }
    int statement = statements.find(commentId);
    if (statement < 0) {
      unknownComment = OptionalInt.of(commentId);
      cancel();
      return;
    }
    int voter = voters.findOrAdd(voterId, v -> PolisStore.participantFor(conversation, v));
    if (buffer.remaining() < ROW_BYTES) {
      flush();
    }
    buffer.putShort((short) 6);
    uuid(conversation.getMostSignificantBits(), conversation.getLeastSignificantBits());
    uuid(statements.most(statement), statements.least(statement));
    uuid(voters.most(voter), voters.least(voter));
    buffer.putInt(2).putShort((short) vote);
    uuid(requestMost, requestLeast ^ rows);
    buffer.putInt(8).putLong((timestamp - POSTGRES_EPOCH_MILLIS) * 1000);
    rows++;
  }

  private void uuid(long most, long least) {
    buffer.putInt(16).putLong(most).putLong(least);
  }

  /** The first comment number votes.csv named that comments.csv did not have. */
  OptionalInt unknownComment() {
    return unknownComment;
  }

  /** The distinct voter ids, ascending. */
  int[] voters() {
    return voters.sortedKeys();
  }

  /** Ends the copy; answers the number of rows PostgreSQL stored. */
  long finish() {
    buffer.putShort((short) -1);
    flush();
    try {
      long stored = copy.endCopy();
      copy = null;
      return stored;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not copy the votes", e);
    }
  }

  private void flush() {
    try {
      copy.writeToCopy(buffer.array(), 0, buffer.position());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not copy the votes", e);
    }
    buffer.clear();
  }

  private void cancel() {
    if (copy != null && copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not stop copying the votes", e);
      }
    }
    copy = null;
  }

  /** Stops an unfinished copy, so the transaction can roll back. */
  @Override
  public void close() {
    cancel();
  }
}
