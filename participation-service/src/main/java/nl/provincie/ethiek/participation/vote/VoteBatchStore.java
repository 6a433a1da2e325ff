package nl.provincie.ethiek.participation.vote;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotFound;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotOpen;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.events.VoteCast;
import nl.provincie.ethiek.participation.jdbc.Jdbc;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.vote.domain.RequestIdReused;
import nl.provincie.ethiek.participation.vote.domain.StatementNotOpenForVotes;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;
import nl.provincie.ethiek.servicekit.events.Outbox;

/**
 * Writes a batch of votes in one transaction: checks every target with two queries, inserts the
 * history rows, the counting votes and the VoteCast events with one statement each. A refused vote
 * is reported back without touching the others.
 */
@Singleton
class VoteBatchStore {

  /**
   * The conversations' states (locked against a concurrent close until this batch commits) and the
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

  /** What became of one pending vote: a cast on the statement with this number, or a refusal. */
  record Outcome(
      PendingVote pending, Votes.Cast cast, int statementNumber, RuntimeException refusal) {}

  private record StatementTarget(UUID conversation, int number, Moderation moderation) {}

  /** What one request asked: the same request id with another payload is a reused key. */
  private record Payload(UUID conversation, UUID statement, VoteValue vote) {
    static Payload of(PendingVote pending) {
      return new Payload(pending.conversation(), pending.statement(), pending.vote());
    }
  }

  private final JdbcOperations jdbc;
  private final Outbox outbox;

  VoteBatchStore(JdbcOperations jdbc, Outbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
  }

  /** Writes the batch and commits; the outcomes are in the batch's order. */
  @Transactional
  List<Outcome> write(List<PendingVote> batch, Instant at) {
    Map<UUID, ConversationState> states = new HashMap<>();
    Map<UUID, StatementTarget> targets = new HashMap<>();
    readTargets(batch, states, targets);
    Map<PendingVote, Outcome> outcomes = new LinkedHashMap<>();
    List<PendingVote> valid = new ArrayList<>();
    for (PendingVote pending : batch) {
      RuntimeException refusal = refusal(pending, states, targets);
      if (refusal != null) {
        outcomes.put(pending, new Outcome(pending, null, -1, refusal));
      } else {
        valid.add(pending);
      }
    }
    List<PendingVote> distinct = firstOfEachRequest(valid);
    Set<List<UUID>> inserted = recordVotes(distinct, at);
    List<PendingVote> counted =
        distinct.stream()
            .filter(p -> inserted.contains(List.of(p.participant(), p.request())))
            .toList();
    List<VoteCast> events =
        counted.stream()
            .map(
                p ->
                    new VoteCast(
                        UUID.randomUUID(),
                        at,
                        p.conversation(),
                        p.statement(),
                        targets.get(p.statement()).number(),
                        p.participant(),
                        p.vote()))
            .toList();
    if (!events.isEmpty()) {
      outbox.appendAll(
          events.get(0).kafkaTopic(),
          events.stream().map(e -> new Outbox.Keyed(e.key(), e)).toList());
    }
    Set<PendingVote> countedOnce = new HashSet<>(counted);
    Map<List<UUID>, Payload> asked = earlierRequests(distinct, inserted);
    counted.forEach(p -> asked.put(List.of(p.participant(), p.request()), Payload.of(p)));
    for (PendingVote pending : valid) {
      boolean isNew = countedOnce.contains(pending);
      Payload first = asked.get(List.of(pending.participant(), pending.request()));
      if (!isNew && first != null && !first.equals(Payload.of(pending))) {
        outcomes.put(pending, new Outcome(pending, null, -1, keyReused(pending)));
        continue;
      }
      outcomes.put(
          pending,
          new Outcome(
              pending,
              new Votes.Cast(pending.statement(), pending.vote(), isNew),
              targets.get(pending.statement()).number(),
              null));
    }
    return batch.stream().map(outcomes::get).toList();
  }

  private static RuntimeException refusal(
      PendingVote pending,
      Map<UUID, ConversationState> states,
      Map<UUID, StatementTarget> targets) {
    ConversationState state = states.get(pending.conversation());
    if (state == null) {
      return new ConversationNotFound(new ConversationId(pending.conversation()));
    }
    if (!state.acceptsVotes()) {
      return ConversationNotOpen.forVotes(state);
    }
    StatementTarget target = targets.get(pending.statement());
    if (target == null
        || !target.conversation().equals(pending.conversation())
        || target.moderation() != Moderation.ACCEPTED) {
      return new StatementNotOpenForVotes(pending.statement());
    }
    return null;
  }

  /**
   * A request id that was used before for another vote (another statement, value or conversation):
   * refused without storing anything, as the IETF Idempotency-Key draft has it (issue 13, item 1).
   */
  private static RuntimeException keyReused(PendingVote pending) {
    return new RequestIdReused(pending.request());
  }

  /** What was stored for the requests of the batch that had been made before this batch. */
  private Map<List<UUID>, Payload> earlierRequests(
      List<PendingVote> distinct, Set<List<UUID>> inserted) {
    List<PendingVote> repeated =
        distinct.stream()
            .filter(p -> !inserted.contains(List.of(p.participant(), p.request())))
            .toList();
    if (repeated.isEmpty()) {
      return new HashMap<>();
    }
    return query(
        READ_EARLIER_REQUESTS,
        s -> {
          s.setArray(1, uuids(s, repeated, PendingVote::participant));
          s.setArray(2, uuids(s, repeated, PendingVote::request));
        },
        (rs, map) ->
            map.put(
                List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                new Payload(
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class),
                    VoteValue.ofSign(rs.getShort(5)))));
  }

  /** A request sent twice within one batch is written once; the second is its retry. */
  private static List<PendingVote> firstOfEachRequest(List<PendingVote> votes) {
    Set<List<UUID>> seen = new HashSet<>();
    return votes.stream().filter(p -> seen.add(List.of(p.participant(), p.request()))).toList();
  }

  private void readTargets(
      List<PendingVote> batch,
      Map<UUID, ConversationState> states,
      Map<UUID, StatementTarget> targets) {
    UUID[] conversations =
        batch.stream().map(PendingVote::conversation).distinct().toArray(UUID[]::new);
    UUID[] statements = batch.stream().map(PendingVote::statement).distinct().toArray(UUID[]::new);
    query(
        READ_TARGETS,
        s -> {
          s.setArray(1, s.getConnection().createArrayOf("uuid", conversations));
          s.setArray(2, s.getConnection().createArrayOf("uuid", statements));
        },
        (rs, ignored) -> {
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
  private Set<List<UUID>> recordVotes(List<PendingVote> votes, Instant at) {
    if (votes.isEmpty()) {
      return Set.of();
    }
    Map<List<UUID>, Boolean> inserted =
        query(
            RECORD_VOTES,
            s -> {
              s.setArray(1, uuids(s, votes, PendingVote::conversation));
              s.setArray(2, uuids(s, votes, PendingVote::statement));
              s.setArray(3, uuids(s, votes, PendingVote::participant));
              s.setArray(4, signs(s, votes));
              s.setArray(5, uuids(s, votes, PendingVote::request));
              s.setTimestamp(6, Timestamp.from(at));
              s.setTimestamp(7, Timestamp.from(at));
            },
            (rs, map) ->
                map.put(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), true));
    return inserted.keySet();
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface RowReader<K, V> {
    void read(ResultSet row, Map<K, V> into) throws SQLException;
  }

  private <K, V> Map<K, V> query(String sql, Binder binder, RowReader<K, V> reader) {
    return Jdbc.run(
        jdbc,
        sql,
        s -> {
          binder.bind(s);
          Map<K, V> result = new HashMap<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              reader.read(rs, result);
            }
          }
          return result;
        });
  }

  private static java.sql.Array uuids(
      PreparedStatement s,
      List<PendingVote> votes,
      java.util.function.Function<PendingVote, UUID> f)
      throws SQLException {
    return s.getConnection().createArrayOf("uuid", votes.stream().map(f).toArray(UUID[]::new));
  }

  private static java.sql.Array signs(PreparedStatement s, List<PendingVote> votes)
      throws SQLException {
    return s.getConnection()
        .createArrayOf(
            "int2", votes.stream().map(p -> (short) p.vote().sign()).toArray(Short[]::new));
  }
}
