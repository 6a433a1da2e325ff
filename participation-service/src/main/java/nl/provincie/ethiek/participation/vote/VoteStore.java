package nl.provincie.ethiek.participation.vote;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.participation.jdbc.Jdbc;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;

/** A participant's votes read and removed with plain SQL; {@link VoteBatchStore} writes them. */
@Singleton
class VoteStore implements VotedStatements.Source {

  private final JdbcOperations jdbc;

  VoteStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** The participant's counting votes in a conversation, by statement id. */
  @Connectable
  Map<UUID, VoteValue> current(UUID conversation, UUID participant) {
    return query(
        "select statement_id, value from current_vote where conversation_id = ? and participant_id = ?",
        s -> {
          s.setObject(1, conversation);
          s.setObject(2, participant);
        },
        new HashMap<>(),
        (row, votes) -> votes.put(row.getObject(1, UUID.class), VoteValue.ofSign(row.getShort(2))));
  }

  /** The numbers of the statements the participant has a counting vote on. */
  @Override
  @Connectable
  public BitSet votedNumbers(UUID conversation, UUID participant) {
    return query(
        "select s.number from current_vote v join statement s on s.id = v.statement_id"
            + " where v.conversation_id = ? and v.participant_id = ?",
        s -> {
          s.setObject(1, conversation);
          s.setObject(2, participant);
        },
        new BitSet(),
        (row, numbers) -> numbers.set(row.getInt(1)));
  }

  /** Whether the participant has a counting vote on the statement (one primary-key lookup). */
  @Override
  @Connectable
  public boolean hasVoted(UUID statement, UUID participant) {
    return query(
        "select 1 from current_vote where statement_id = ? and participant_id = ?",
        s -> {
          s.setObject(1, statement);
          s.setObject(2, participant);
        },
        new boolean[1],
        (row, found) -> found[0] = true)[0];
  }

  /**
   * The numbers of the statements each participant has a counting vote on; read in a transaction so
   * that the rows stream in chunks instead of arriving all at once.
   */
  @Override
  @Transactional(readOnly = true)
  public Map<UUID, BitSet> votedNumbersOfAll(UUID conversation) {
    return query(
        "select v.participant_id, s.number from current_vote v"
            + " join statement s on s.id = v.statement_id where v.conversation_id = ?",
        s -> {
          s.setObject(1, conversation);
          s.setFetchSize(10_000);
        },
        new HashMap<UUID, BitSet>(),
        (row, numbers) ->
            numbers
                .computeIfAbsent(row.getObject(1, UUID.class), p -> new BitSet())
                .set(row.getInt(2)));
  }

  /** Deletes all the participant's votes in the conversation; returns how many counted. */
  int removeAll(UUID conversation, UUID participant) {
    int counted =
        update(
            "delete from current_vote where conversation_id = ? and participant_id = ?",
            s -> {
              s.setObject(1, conversation);
              s.setObject(2, participant);
            });
    update(
        "delete from vote where conversation_id = ? and participant_id = ?",
        s -> {
          s.setObject(1, conversation);
          s.setObject(2, participant);
        });
    return counted;
  }

  /** Deletes every vote on the statements, by anyone (their author withdrew them). */
  void removeAllOn(List<UUID> statements) {
    if (statements.isEmpty()) {
      return;
    }
    UUID[] ids = statements.toArray(UUID[]::new);
    for (String table : List.of("current_vote", "vote")) {
      update(
          "delete from " + table + " where statement_id = any (?)",
          s -> s.setArray(1, s.getConnection().createArrayOf("uuid", ids)));
    }
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface RowReader<T> {
    void read(ResultSet row, T into) throws SQLException;
  }

  /** Runs the query and reads every row into {@code result}. */
  private <T> T query(String sql, Binder binder, T result, RowReader<T> reader) {
    return Jdbc.run(
        jdbc,
        sql,
        s -> {
          binder.bind(s);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              reader.read(rs, result);
            }
          }
          return result;
        });
  }

  private int update(String sql, Binder binder) {
    return Jdbc.run(
        jdbc,
        sql,
        s -> {
          binder.bind(s);
          return s.executeUpdate();
        });
  }
}
