package nl.provincie.ethiek.participation.vote.store;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.participant.ParticipantColumns;
import nl.provincie.ethiek.participation.participant.StoredParticipants;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;
import nl.provincie.ethiek.servicekit.jdbc.Jdbc;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The one owner of {@code vote} (the history) and {@code current_vote} (the counting votes),
 * docs/adr/0059. Its hot reads join {@code statement} for the statement's number and moderation,
 * lock {@code conversation} rows {@code for share}, and the analysis replay joins {@code
 * polis_participant}: read-only joins, declared in the ADR and in {@code TableOwnersTest}.
 */
@Singleton
public class VoteStore implements StoredParticipants {

  /**
   * The conversations' states (locked against a concurrent close until the batch commits) and the
   * statements' targets, in one round trip.
   */
  private static final String READ_TARGETS =
      """
      with c as (select id, state from conversation where id = any(?) for share)
      select 'C', c.id, c.state, null::uuid, null::integer from c
      union all
      select 'S', s.id, s.moderation, s.conversation_id, s.number
      from statement s where s.id = any(?)
      """;

  /**
   * History rows and counting votes in one statement: the history insert skips retried requests,
   * and of the rows it did insert, the last per statement and participant becomes the counting
   * vote, upserted in key order so that concurrent batches lock rows in the same order.
   */
  private static final String RECORD_VOTES =
      """
      with input as (
        select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::int2[], ?::uuid[])
          with ordinality as t(c, s, p, v, r, n)),
      inserted as (
        insert into vote (conversation_id, statement_id, participant_id, value, request_id, cast_at)
        select c, s, p, v, r, ? from input order by n
        on conflict (participant_id, request_id) do nothing
        returning participant_id, request_id),
      latest as (
        select distinct on (i.s, i.p) i.s, i.p, i.c, i.v
        from input i join inserted x on x.participant_id = i.p and x.request_id = i.r
        order by i.s, i.p, i.n desc),
      counting as (
        insert into current_vote (statement_id, participant_id, conversation_id, value, cast_at)
        select s, p, c, v, ? from latest order by s, p
        on conflict (statement_id, participant_id)
        do update set value = excluded.value, cast_at = excluded.cast_at)
      select participant_id, request_id from inserted
      """;

  /** What was stored for requests that had been made before: their target and value. */
  private static final String READ_EARLIER_REQUESTS =
      """
      select v.participant_id, v.request_id, v.conversation_id, v.statement_id, v.value
      from vote v join unnest(?::uuid[], ?::uuid[]) as t(p, r)
        on v.participant_id = t.p and v.request_id = t.r
      """;

  /**
   * The latest vote per participant and statement of a conversation's history as imported: a plain
   * insert, as a draft that takes an import has no votes, so no current votes (docs/adr/0056).
   */
  public static final String CURRENT_VOTES =
      """
      insert into current_vote (statement_id, participant_id, conversation_id, value, cast_at)
      select distinct on (statement_id, participant_id)
             statement_id, participant_id, conversation_id, value, cast_at
      from vote where conversation_id = ?
      order by statement_id, participant_id, cast_at desc, id desc
      """;

  /** Memory for the sort of {@link #CURRENT_VOTES}, for this transaction only. */
  public static final String SORT_MEMORY = "select set_config('work_mem', '256MB', true)";

  private static final String COPY_VOTES =
      "copy vote (conversation_id, statement_id, participant_id, value, request_id, cast_at)"
          + " from stdin (format binary)";

  /** Rows of the export's reads that PostgreSQL sends at a time. */
  private static final int EXPORT_FETCH = 5_000;

  /** A statement as a vote targets it. */
  public record StatementTarget(UUID conversation, int number, Moderation moderation) {}

  /** What an earlier request stored: its target and value. */
  public record StoredRequest(UUID conversation, UUID statement, VoteValue vote) {}

  /** The votes of one batch, column by column, in the batch's order. */
  public record NewVotes(
      UUID[] conversations,
      UUID[] statements,
      UUID[] participants,
      Short[] signs,
      UUID[] requests) {}

  /** One vote of the history as the analysis replays it; the caller builds its own value. */
  @FunctionalInterface
  public interface ReplayedVote<T> {
    T map(UUID participant, int statementNumber, short sign, long castAtMillis, Integer voterId);
  }

  /** One vote of the history as the export writes it. */
  @FunctionalInterface
  public interface CastVote {
    void accept(Instant castAt, int statementNumber, UUID participant, short sign);
  }

  /** One counting vote as the export writes it. */
  @FunctionalInterface
  public interface CountingVote {
    void accept(UUID participant, int statementNumber, short sign);
  }

  private final Jdbc jdbc;

  VoteStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // -- group commit (docs/adr/0017): one statement each, in the batch's transaction

  /** Reads the batch's conversations (locked {@code for share}) and statements in one query. */
  public void readTargets(
      UUID[] conversations,
      UUID[] statements,
      Map<UUID, ConversationState> states,
      Map<UUID, StatementTarget> targets) {
    jdbc.query(
        READ_TARGETS,
        0,
        Jdbc.parameters(conversations, statements),
        rs -> {
          UUID id = rs.getObject(2, UUID.class);
          if ("C".equals(rs.getString(1))) {
            states.put(id, ConversationState.valueOf(rs.getString(3)));
          } else {
            targets.put(
                id,
                new StatementTarget(
                    rs.getObject(4, UUID.class),
                    rs.getInt(5),
                    Moderation.valueOf(rs.getString(3))));
          }
        });
  }

  /** Writes history and counting votes; answers the (participant, request) pairs that were new. */
  public Set<List<UUID>> record(NewVotes votes, Instant at) {
    Map<List<UUID>, Boolean> inserted = new HashMap<>();
    jdbc.query(
        RECORD_VOTES,
        0,
        s -> {
          s.setArray(1, Jdbc.uuids(s, votes.conversations()));
          s.setArray(2, Jdbc.uuids(s, votes.statements()));
          s.setArray(3, Jdbc.uuids(s, votes.participants()));
          s.setArray(4, s.getConnection().createArrayOf("int2", votes.signs()));
          s.setArray(5, Jdbc.uuids(s, votes.requests()));
          s.setTimestamp(6, Timestamp.from(at));
          s.setTimestamp(7, Timestamp.from(at));
        },
        rs ->
            inserted.put(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), true));
    return inserted.keySet();
  }

  /** What was stored for these (participant, request) pairs, by pair. */
  public Map<List<UUID>, StoredRequest> earlierRequests(UUID[] participants, UUID[] requests) {
    Map<List<UUID>, StoredRequest> stored = new HashMap<>();
    jdbc.query(
        READ_EARLIER_REQUESTS,
        0,
        Jdbc.parameters(participants, requests),
        rs ->
            stored.put(
                List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                new StoredRequest(
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class),
                    VoteValue.ofSign(rs.getShort(5)))));
    return stored;
  }

  // -- a participant's votes: routing and taking part back

  /** The participant's counting votes in a conversation, by statement id. */
  @Connectable
  public Map<UUID, VoteValue> current(UUID conversation, UUID participant) {
    Map<UUID, VoteValue> votes = new HashMap<>();
    jdbc.query(
        "select statement_id, value from current_vote where conversation_id = ? and participant_id = ?",
        0,
        Jdbc.parameters(conversation, participant),
        row -> votes.put(row.getObject(1, UUID.class), VoteValue.ofSign(row.getShort(2))));
    return votes;
  }

  /** The numbers of the statements the participant has a counting vote on. */
  @Connectable
  public BitSet votedNumbers(UUID conversation, UUID participant) {
    BitSet numbers = new BitSet();
    jdbc.query(
        "select s.number from current_vote v join statement s on s.id = v.statement_id"
            + " where v.conversation_id = ? and v.participant_id = ?",
        0,
        Jdbc.parameters(conversation, participant),
        row -> numbers.set(row.getInt(1)));
    return numbers;
  }

  /** Whether the participant has a counting vote on the statement (one primary-key lookup). */
  @Connectable
  public boolean hasVoted(UUID statement, UUID participant) {
    boolean[] found = new boolean[1];
    jdbc.query(
        "select 1 from current_vote where statement_id = ? and participant_id = ?",
        0,
        Jdbc.parameters(statement, participant),
        row -> found[0] = true);
    return found[0];
  }

  /**
   * The numbers of the statements each participant has a counting vote on; read in a transaction so
   * that the rows stream in chunks instead of arriving all at once.
   */
  @Transactional(readOnly = true)
  public Map<UUID, BitSet> votedNumbersOfAll(UUID conversation) {
    Map<UUID, BitSet> numbers = new HashMap<>();
    jdbc.query(
        "select v.participant_id, s.number from current_vote v"
            + " join statement s on s.id = v.statement_id where v.conversation_id = ?",
        10_000,
        Jdbc.parameters(conversation),
        row ->
            numbers
                .computeIfAbsent(row.getObject(1, UUID.class), p -> new BitSet())
                .set(row.getInt(2)));
    return numbers;
  }

  /** Deletes all the participant's votes in the conversation; returns how many counted. */
  public int removeAll(UUID conversation, UUID participant) {
    Jdbc.Binder both =
        s -> {
          s.setObject(1, conversation);
          s.setObject(2, participant);
        };
    int counted =
        jdbc.update(
            "delete from current_vote where conversation_id = ? and participant_id = ?", both);
    jdbc.update("delete from vote where conversation_id = ? and participant_id = ?", both);
    return counted;
  }

  /** Deletes every vote on the statements, by anyone (their author withdrew them). */
  public void removeAllOn(List<UUID> statements) {
    if (statements.isEmpty()) {
      return;
    }
    UUID[] ids = statements.toArray(UUID[]::new);
    Jdbc.Binder onStatements = s -> s.setArray(1, Jdbc.uuids(s, ids));
    jdbc.update("delete from current_vote where statement_id = any (?)", onStatements);
    jdbc.update("delete from vote where statement_id = any (?)", onStatements);
  }

  // -- the analysis

  /**
   * Every vote of a conversation still on record, in the order they were cast, with the pol.is
   * voter id of an imported voter (null otherwise); each row goes to {@code mapper} once.
   */
  public <T> List<T> replay(UUID conversation, ReplayedVote<T> mapper) {
    return jdbc.list(
        """
        select v.participant_id, s.number, v.value, v.cast_at, p.voter_id
        from vote v join statement s on s.id = v.statement_id
        left join polis_participant p
          on p.conversation_id = v.conversation_id and p.participant_id = v.participant_id
        where v.conversation_id = ? order by v.id
        """,
        0,
        Jdbc.parameters(conversation),
        rs -> {
          UUID participant = rs.getObject(1, UUID.class);
          int voter = rs.getInt(5);
          Integer voterId = rs.wasNull() ? null : voter;
          return mapper.map(
              participant, rs.getInt(2), rs.getShort(3), rs.getTimestamp(4).getTime(), voterId);
        });
  }

  /** How many counting votes the conversation has. */
  public long countCurrent(UUID conversation) {
    return single("select count(*) from current_vote where conversation_id = ?", conversation);
  }

  /**
   * When the participant's earliest vote on record in the conversation was cast; empty when they
   * have none.
   */
  public Optional<Instant> firstCastAt(UUID conversation, UUID participant) {
    Timestamp first =
        jdbc.list(
                "select min(cast_at) from vote where conversation_id = ? and participant_id = ?",
                0,
                Jdbc.parameters(conversation, participant),
                rs -> rs.getTimestamp(1))
            .get(0);
    return Optional.ofNullable(first).map(Timestamp::toInstant);
  }

  // -- the pol.is import (docs/adr/0056)

  /** How many votes of the conversation's history are on record. */
  public long countHistory(UUID conversation) {
    return single("select count(*) from vote where conversation_id = ?", conversation);
  }

  /** Starts one binary {@code COPY} into the history on the transaction's connection. */
  public static CopyIn copyHistory(Connection connection) throws SQLException {
    return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_VOTES);
  }

  /** Makes the counting votes of a conversation whose history was just imported. */
  public void countImportedHistory(UUID conversation) {
    jdbc.query(SORT_MEMORY, 0, s -> {}, rs -> {});
    jdbc.update(CURRENT_VOTES, s -> s.setObject(1, conversation));
  }

  // -- the pol.is export: streamed in the export's snapshot

  /** Every vote of the history, in the order cast. */
  public void eachCast(UUID conversation, CastVote row) {
    jdbc.query(
        """
        select v.cast_at, s.number, v.participant_id, v.value from vote v
        join statement s on s.id = v.statement_id
        where v.conversation_id = ? order by v.cast_at, v.id
        """,
        EXPORT_FETCH,
        Jdbc.parameters(conversation),
        rs ->
            row.accept(
                rs.getTimestamp(1).toInstant(),
                rs.getInt(2),
                rs.getObject(3, UUID.class),
                rs.getShort(4)));
  }

  /** Every counting vote of the conversation. */
  public void eachCounting(UUID conversation, CountingVote row) {
    jdbc.query(
        """
        select cv.participant_id, s.number, cv.value from current_vote cv
        join statement s on s.id = cv.statement_id
        where cv.conversation_id = ?
        """,
        EXPORT_FETCH,
        Jdbc.parameters(conversation),
        rs -> row.accept(rs.getObject(1, UUID.class), rs.getInt(2), rs.getShort(3)));
  }

  /** Agrees and disagrees in the history, {@code {agrees, disagrees}} by statement id. */
  public Map<UUID, long[]> agreesAndDisagrees(UUID conversation) {
    Map<UUID, long[]> counts = new HashMap<>();
    jdbc.query(
        """
        select statement_id, count(*) filter (where value = 1), count(*) filter (where value = -1)
        from vote where conversation_id = ? group by statement_id
        """,
        EXPORT_FETCH,
        Jdbc.parameters(conversation),
        rs -> counts.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3)}));
    return counts;
  }

  /** Every participant with a vote on record, in the order of their first vote on record. */
  public List<UUID> votersInOrder(UUID conversation) {
    return jdbc.list(
        """
        select participant_id from vote where conversation_id = ?
        group by participant_id order by min(id), participant_id
        """,
        EXPORT_FETCH,
        Jdbc.parameters(conversation),
        rs -> rs.getObject(1, UUID.class));
  }

  // -- the pseudonym migration (docs/adr/0031)

  @Override
  public void collectParticipants(Collection<Stored> into) {
    ParticipantColumns.collect(
        jdbc,
        "select conversation_id, participant_id from vote"
            + " union select conversation_id, participant_id from current_vote",
        into);
  }

  @Override
  public void renameParticipants(List<Rename> renames) {
    ParticipantColumns.rename(
        jdbc,
        """
        with m as (select * from unnest(?::uuid[], ?::uuid[], ?::uuid[]) as t(c, old_id, new_id)),
        history as (
          update vote v set participant_id = m.new_id from m
          where v.conversation_id = m.c and v.participant_id = m.old_id)
        update current_vote v set participant_id = m.new_id from m
        where v.conversation_id = m.c and v.participant_id = m.old_id
        """,
        renames);
  }

  private long single(String sql, UUID conversation) {
    long[] value = new long[1];
    jdbc.query(sql, 0, s -> s.setObject(1, conversation), rs -> value[0] = rs.getLong(1));
    return value[0];
  }
}
