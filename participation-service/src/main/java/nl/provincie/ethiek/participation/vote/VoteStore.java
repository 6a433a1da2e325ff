package nl.provincie.ethiek.participation.vote;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Votes in PostgreSQL: the full history and the vote that counts, with plain SQL. */
@Singleton
class VoteStore {

  private static final String RECORD =
      """
      insert into vote (conversation_id, statement_id, participant_id, value, request_id, cast_at)
      values (?, ?, ?, ?, ?, ?)
      on conflict (participant_id, request_id) do nothing
      """;
  private static final String MAKE_CURRENT =
      """
      insert into current_vote (statement_id, participant_id, conversation_id, value, cast_at)
      values (?, ?, ?, ?, ?)
      on conflict (statement_id, participant_id)
      do update set value = excluded.value, cast_at = excluded.cast_at
      """;

  private final JdbcOperations jdbc;

  VoteStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the vote unless this request was recorded before; true when it is new. */
  boolean record(
      UUID conversation,
      UUID statement,
      UUID participant,
      VoteValue vote,
      UUID request,
      Instant at) {
    boolean inserted =
        update(
                RECORD,
                s -> {
                  s.setObject(1, conversation);
                  s.setObject(2, statement);
                  s.setObject(3, participant);
                  s.setShort(4, (short) vote.sign());
                  s.setObject(5, request);
                  s.setTimestamp(6, Timestamp.from(at));
                })
            == 1;
    if (inserted) {
      update(
          MAKE_CURRENT,
          s -> {
            s.setObject(1, statement);
            s.setObject(2, participant);
            s.setObject(3, conversation);
            s.setShort(4, (short) vote.sign());
            s.setTimestamp(5, Timestamp.from(at));
          });
    }
    return inserted;
  }

  /** What a vote needs to know, read in one query: the conversation's state and the statement. */
  record Target(String conversationState, Integer statementNumber, String moderation) {}

  Optional<Target> target(UUID conversation, UUID statement) {
    return jdbc.prepareStatement(
        """
        select c.state, s.number, s.moderation
        from conversation c
        left join statement s on s.id = ? and s.conversation_id = c.id
        where c.id = ?
        """,
        s -> {
          try {
            s.setObject(1, statement);
            s.setObject(2, conversation);
            try (ResultSet rs = s.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              int number = rs.getInt(2);
              return Optional.of(
                  new Target(rs.getString(1), rs.wasNull() ? null : number, rs.getString(3)));
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** The participant's counting votes in a conversation, by statement id. */
  Map<UUID, VoteValue> current(UUID conversation, UUID participant) {
    return jdbc.prepareStatement(
        "select statement_id, value from current_vote where conversation_id = ? and participant_id = ?",
        s -> {
          try {
            s.setObject(1, conversation);
            s.setObject(2, participant);
            Map<UUID, VoteValue> votes = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                votes.put(rs.getObject(1, UUID.class), VoteValue.ofSign(rs.getShort(2)));
              }
            }
            return votes;
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
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

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private int update(String sql, Binder binder) {
    return jdbc.prepareStatement(
        sql,
        s -> {
          try {
            binder.bind(s);
            return s.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
