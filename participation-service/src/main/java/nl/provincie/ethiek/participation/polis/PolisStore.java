package nl.provincie.ethiek.participation.polis;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.participation.jdbc.Jdbc;

/** Bulk reads and writes for pol.is import and export, in plain SQL. */
@Singleton
class PolisStore {

  private static final int BATCH = 1_000;

  private final JdbcOperations jdbc;

  PolisStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** The pseudonymous id an imported voter gets in a conversation: derived, stable, anonymous. */
  static UUID participantFor(UUID conversation, int voterId) {
    return UUID.nameUUIDFromBytes(("polis:" + conversation + ":" + voterId).getBytes());
  }

  void insertParticipants(UUID conversation, Iterable<Integer> voterIds) {
    batch(
        "insert into polis_participant (conversation_id, voter_id, participant_id) values (?, ?, ?)"
            + " on conflict do nothing",
        voterIds,
        (s, voter) -> {
          s.setObject(1, conversation);
          s.setInt(2, voter);
          s.setObject(3, participantFor(conversation, voter));
        });
  }

  /** The statement rows behind comment numbers; text and moderation as pol.is had them. */
  record ImportedStatement(
      UUID id,
      int number,
      String text,
      String normalized,
      UUID author,
      boolean meta,
      String moderation,
      Instant createdAt) {}

  void insertStatements(UUID conversation, List<ImportedStatement> statements) {
    batch(
        """
        insert into statement (id, conversation_id, number, text, normalized_text, origin,
          author_participant, meta, moderation, created_at, moderated_at)
        values (?, ?, ?, ?, ?, 'RESIDENT', ?, ?, ?, ?, ?)
        """,
        statements,
        (s, st) -> {
          s.setObject(1, st.id());
          s.setObject(2, conversation);
          s.setInt(3, st.number());
          s.setString(4, st.text());
          s.setString(5, st.normalized());
          s.setObject(6, st.author());
          s.setBoolean(7, st.meta());
          s.setString(8, st.moderation());
          s.setTimestamp(9, Timestamp.from(st.createdAt()));
          s.setTimestamp(
              10, "PENDING".equals(st.moderation()) ? null : Timestamp.from(st.createdAt()));
        });
  }

  Map<Integer, UUID> statementIdsByNumber(UUID conversation) {
    Map<Integer, UUID> ids = new HashMap<>();
    query(
        "select number, id from statement where conversation_id = ?",
        s -> s.setObject(1, conversation),
        rs -> ids.put(rs.getInt(1), rs.getObject(2, UUID.class)));
    return ids;
  }

  long countVotes(UUID conversation) {
    long[] count = new long[1];
    query(
        "select count(*) from vote where conversation_id = ?",
        s -> s.setObject(1, conversation),
        rs -> count[0] = rs.getLong(1));
    return count[0];
  }

  /**
   * The latest vote per participant and statement of a conversation's history as imported: a plain
   * insert, as a draft that takes an import has no votes, so no current votes (docs/adr/0056).
   */
  static final String CURRENT_VOTES =
      """
      insert into current_vote (statement_id, participant_id, conversation_id, value, cast_at)
      select distinct on (statement_id, participant_id)
             statement_id, participant_id, conversation_id, value, cast_at
      from vote where conversation_id = ?
      order by statement_id, participant_id, cast_at desc, id desc
      """;

  /** Memory for the sort of {@link #CURRENT_VOTES}, for this transaction only. */
  static final String SORT_MEMORY = "select set_config('work_mem', '256MB', true)";

  void insertCurrentVotes(UUID conversation) {
    query(SORT_MEMORY, s -> {}, rs -> {});
    update(CURRENT_VOTES, s -> s.setObject(1, conversation));
  }

  /**
   * Removes a draft that a comments import made and nothing else touched: still a draft, no votes,
   * only imported statements (residents cannot write in a draft, seeds are a moderator's). Answers
   * whether it was removed.
   */
  boolean discardImportedDraft(UUID conversation) {
    int[] eligible = new int[1];
    query(
        """
        select count(*) from conversation c
        where c.id = ? and c.state = 'DRAFT'
          and not exists (select 1 from vote v where v.conversation_id = c.id)
          and exists (select 1 from statement s where s.conversation_id = c.id)
          and not exists (select 1 from statement s where s.conversation_id = c.id
                          and s.origin <> 'RESIDENT')
        """,
        s -> s.setObject(1, conversation),
        rs -> eligible[0] = rs.getInt(1));
    if (eligible[0] == 0) {
      return false;
    }
    for (String table :
        new String[] {
          "statement", "polis_participant", "analysis_rebuild_request", "opinion_snapshot"
        }) {
      update(
          "delete from " + table + " where conversation_id = ?", s -> s.setObject(1, conversation));
    }
    update("delete from conversation where id = ?", s -> s.setObject(1, conversation));
    return true;
  }

  /** The voter ids pol.is gave the imported voters of a conversation, by participant. */
  Map<UUID, Integer> importedVoterIds(UUID conversation) {
    Map<UUID, Integer> ids = new HashMap<>();
    query(
        "select participant_id, voter_id from polis_participant where conversation_id = ?",
        s -> s.setObject(1, conversation),
        rs -> ids.put(rs.getObject(1, UUID.class), rs.getInt(2)));
    return ids;
  }

  /**
   * Every participant who voted in the conversation, in the order of their first vote on record,
   * then those who only wrote statements, in the order of their first statement.
   */
  List<UUID> participantsInOrder(UUID conversation) {
    List<UUID> participants = new ArrayList<>();
    query(
        """
        select participant_id from (
          select participant_id, 0 as kind, min(id) as first_vote, null::timestamptz as first_text
          from vote where conversation_id = ? group by participant_id
          union all
          select author_participant, 1, null, min(created_at) from statement
          where conversation_id = ? and author_participant is not null
            and not exists (select 1 from vote v where v.conversation_id = statement.conversation_id
                              and v.participant_id = statement.author_participant)
          group by author_participant) taking_part
        order by kind, first_vote, first_text, participant_id
        """,
        s -> {
          s.setObject(1, conversation);
          s.setObject(2, conversation);
        },
        rs -> participants.add(rs.getObject(1, UUID.class)));
    return participants;
  }

  VoterIds voterIds(UUID conversation) {
    return VoterIds.number(importedVoterIds(conversation), participantsInOrder(conversation));
  }

  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private interface ItemBinder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  void query(String sql, Binder binder, RowReader reader) {
    Jdbc.run(
        jdbc,
        sql,
        s -> {
          binder.bind(s);
          s.setFetchSize(5_000);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              reader.read(rs);
            }
          }
          return null;
        });
  }

  private void update(String sql, Binder binder) {
    Jdbc.run(
        jdbc,
        sql,
        s -> {
          binder.bind(s);
          return s.executeUpdate();
        });
  }

  private <T> void batch(String sql, Iterable<T> items, ItemBinder<T> binder) {
    Jdbc.run(
        jdbc,
        sql,
        s -> {
          int pending = 0;
          for (T item : items) {
            binder.bind(s, item);
            s.addBatch();
            if (++pending == BATCH) {
              s.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            s.executeBatch();
          }
          return null;
        });
  }

  static List<Integer> distinctVoters(List<PolisVote> votes, List<PolisComment> comments) {
    java.util.TreeSet<Integer> voters = new java.util.TreeSet<>();
    votes.forEach(v -> voters.add(v.voterId()));
    comments.forEach(
        c -> {
          if (c.authorId() != null) {
            voters.add(c.authorId());
          }
        });
    return new ArrayList<>(voters);
  }
}
