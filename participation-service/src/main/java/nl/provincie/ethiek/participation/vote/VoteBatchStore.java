package nl.provincie.ethiek.participation.vote;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
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
import nl.provincie.ethiek.participation.conversation.ConversationState;
import nl.provincie.ethiek.participation.statement.Moderation;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.Outbox;
import nl.provincie.ethiek.servicekit.problem.ProblemException;

/**
 * Writes a batch of votes in one transaction: checks every target with two queries, inserts the
 * history rows, the counting votes and the VoteCast events with one statement each. A refused vote
 * is reported back without touching the others.
 */
@Singleton
class VoteBatchStore {

  private static final String INSERT_HISTORY =
      """
      insert into vote (conversation_id, statement_id, participant_id, value, request_id, cast_at)
      select c, s, p, v, r, ? from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::int2[], ?::uuid[])
        as t(c, s, p, v, r)
      on conflict (participant_id, request_id) do nothing
      returning participant_id, request_id
      """;
  private static final String UPSERT_CURRENT =
      """
      insert into current_vote (statement_id, participant_id, conversation_id, value, cast_at)
      select s, p, c, v, ? from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::int2[])
        as t(s, p, c, v)
      on conflict (statement_id, participant_id)
      do update set value = excluded.value, cast_at = excluded.cast_at
      """;

  /** What became of one pending vote: a cast, or a refusal. */
  record Outcome(PendingVote pending, Votes.Cast cast, ProblemException refusal) {}

  private record StatementTarget(UUID conversation, int number, String moderation) {}

  private final JdbcOperations jdbc;
  private final Outbox outbox;

  VoteBatchStore(JdbcOperations jdbc, Outbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
  }

  /** Writes the batch and commits; the outcomes are in the batch's order. */
  @Transactional
  List<Outcome> write(List<PendingVote> batch, Instant at) {
    Map<UUID, String> states = conversationStates(batch);
    Map<UUID, StatementTarget> targets = statementTargets(batch);
    Map<PendingVote, Outcome> outcomes = new LinkedHashMap<>();
    List<PendingVote> valid = new ArrayList<>();
    for (PendingVote pending : batch) {
      ProblemException refusal = refusal(pending, states, targets);
      if (refusal != null) {
        outcomes.put(pending, new Outcome(pending, null, refusal));
      } else {
        valid.add(pending);
      }
    }
    List<PendingVote> distinct = firstOfEachRequest(valid);
    Set<List<UUID>> inserted = insertHistory(distinct, at);
    List<PendingVote> counted =
        distinct.stream()
            .filter(p -> inserted.contains(List.of(p.participant(), p.request())))
            .toList();
    upsertCurrent(counted, at);
    outbox.appendAll(
        EventTopics.PARTICIPATION_VOTE_CAST,
        counted.stream()
            .map(
                p ->
                    new Outbox.Keyed(
                        p.conversation().toString(),
                        new VoteCast(
                            UUID.randomUUID(),
                            at,
                            p.conversation(),
                            p.statement(),
                            targets.get(p.statement()).number(),
                            p.participant(),
                            p.vote())))
            .toList());
    Set<PendingVote> countedOnce = new HashSet<>(counted);
    for (PendingVote pending : valid) {
      boolean isNew = countedOnce.contains(pending);
      outcomes.put(
          pending,
          new Outcome(pending, new Votes.Cast(pending.statement(), pending.vote(), isNew), null));
    }
    return batch.stream().map(outcomes::get).toList();
  }

  private static ProblemException refusal(
      PendingVote pending, Map<UUID, String> states, Map<UUID, StatementTarget> targets) {
    String state = states.get(pending.conversation());
    if (state == null) {
      return ProblemException.notFound("No conversation " + pending.conversation());
    }
    if (!ConversationState.OPEN.name().equals(state)) {
      return new ProblemException(
          Votes.CONVERSATION_NOT_OPEN,
          HttpStatus.CONFLICT,
          "The conversation is " + state + " and takes no votes.");
    }
    StatementTarget target = targets.get(pending.statement());
    if (target == null
        || !target.conversation().equals(pending.conversation())
        || !Moderation.ACCEPTED.name().equals(target.moderation())) {
      return new ProblemException(
          Votes.UNKNOWN_STATEMENT,
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Statement " + pending.statement() + " is not open for votes in this conversation.");
    }
    return null;
  }

  /** A request sent twice within one batch is written once; the second is its retry. */
  private static List<PendingVote> firstOfEachRequest(List<PendingVote> votes) {
    Set<List<UUID>> seen = new HashSet<>();
    return votes.stream().filter(p -> seen.add(List.of(p.participant(), p.request()))).toList();
  }

  /** The conversations' states, locked against a concurrent close until this batch commits. */
  private Map<UUID, String> conversationStates(List<PendingVote> batch) {
    UUID[] ids = batch.stream().map(PendingVote::conversation).distinct().toArray(UUID[]::new);
    return query(
        "select id, state from conversation where id = any(?) for share",
        s -> s.setArray(1, s.getConnection().createArrayOf("uuid", ids)),
        (rs, map) -> map.put(rs.getObject(1, UUID.class), rs.getString(2)));
  }

  private Map<UUID, StatementTarget> statementTargets(List<PendingVote> batch) {
    UUID[] ids = batch.stream().map(PendingVote::statement).distinct().toArray(UUID[]::new);
    return query(
        "select id, conversation_id, number, moderation from statement where id = any(?)",
        s -> s.setArray(1, s.getConnection().createArrayOf("uuid", ids)),
        (rs, map) ->
            map.put(
                rs.getObject(1, UUID.class),
                new StatementTarget(rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4))));
  }

  /** Inserts the history rows; answers the (participant, request) pairs that were new. */
  private Set<List<UUID>> insertHistory(List<PendingVote> votes, Instant at) {
    if (votes.isEmpty()) {
      return Set.of();
    }
    Map<List<UUID>, Boolean> inserted =
        query(
            INSERT_HISTORY,
            s -> {
              s.setTimestamp(1, Timestamp.from(at));
              s.setArray(2, uuids(s, votes, PendingVote::conversation));
              s.setArray(3, uuids(s, votes, PendingVote::statement));
              s.setArray(4, uuids(s, votes, PendingVote::participant));
              s.setArray(5, signs(s, votes));
              s.setArray(6, uuids(s, votes, PendingVote::request));
            },
            (rs, map) ->
                map.put(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), true));
    return inserted.keySet();
  }

  /** The latest vote per statement and participant counts; a batch may hold several. */
  private void upsertCurrent(List<PendingVote> counted, Instant at) {
    Map<List<UUID>, PendingVote> latest = new LinkedHashMap<>();
    counted.forEach(p -> latest.put(List.of(p.statement(), p.participant()), p));
    // in key order, so two batches touching the same rows lock them in the same order (no deadlock)
    List<PendingVote> votes =
        latest.values().stream()
            .sorted(
                java.util.Comparator.comparing(PendingVote::statement)
                    .thenComparing(PendingVote::participant))
            .toList();
    if (votes.isEmpty()) {
      return;
    }
    jdbc.prepareStatement(
        UPSERT_CURRENT,
        s -> {
          try {
            s.setTimestamp(1, Timestamp.from(at));
            s.setArray(2, uuids(s, votes, PendingVote::statement));
            s.setArray(3, uuids(s, votes, PendingVote::participant));
            s.setArray(4, uuids(s, votes, PendingVote::conversation));
            s.setArray(5, signs(s, votes));
            return s.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface RowReader<K, V> {
    void read(ResultSet row, Map<K, V> into) throws SQLException;
  }

  private <K, V> Map<K, V> query(String sql, Binder binder, RowReader<K, V> reader) {
    return jdbc.prepareStatement(
        sql,
        s -> {
          try {
            binder.bind(s);
            Map<K, V> result = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                reader.read(rs, result);
              }
            }
            return result;
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
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
