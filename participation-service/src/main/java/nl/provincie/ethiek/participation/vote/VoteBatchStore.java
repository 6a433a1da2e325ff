package nl.provincie.ethiek.participation.vote;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotFound;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotOpen;
import nl.provincie.ethiek.participation.conversation.domain.ConversationState;
import nl.provincie.ethiek.participation.events.VoteCast;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.vote.domain.RequestIdReused;
import nl.provincie.ethiek.participation.vote.domain.StatementNotOpenForVotes;
import nl.provincie.ethiek.participation.vote.store.VoteStore;
import nl.provincie.ethiek.participation.vote.store.VoteStore.StatementTarget;
import nl.provincie.ethiek.participation.vote.store.VoteStore.StoredRequest;
import nl.provincie.ethiek.servicekit.events.Outbox;

/**
 * Writes a batch of votes in one transaction: checks every target with two queries, inserts the
 * history rows, the counting votes and the VoteCast events with one statement each. A refused vote
 * is reported back without touching the others.
 */
@Singleton
class VoteBatchStore {

  /** What became of one pending vote: a cast on the statement with this number, or a refusal. */
  record Outcome(
      PendingVote pending, Votes.Cast cast, int statementNumber, RuntimeException refusal) {}

  private final VoteStore votes;
  private final Outbox outbox;

  VoteBatchStore(VoteStore votes, Outbox outbox) {
    this.votes = votes;
    this.outbox = outbox;
  }

  /** What one request asked: the same request id with another payload is a reused key. */
  private static StoredRequest payload(PendingVote pending) {
    return new StoredRequest(pending.conversation(), pending.statement(), pending.vote());
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
    Map<List<UUID>, StoredRequest> asked = earlierRequests(distinct, inserted);
    counted.forEach(p -> asked.put(List.of(p.participant(), p.request()), payload(p)));
    for (PendingVote pending : valid) {
      boolean isNew = countedOnce.contains(pending);
      StoredRequest first = asked.get(List.of(pending.participant(), pending.request()));
      if (!isNew && first != null && !first.equals(payload(pending))) {
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
  private Map<List<UUID>, StoredRequest> earlierRequests(
      List<PendingVote> distinct, Set<List<UUID>> inserted) {
    List<PendingVote> repeated =
        distinct.stream()
            .filter(p -> !inserted.contains(List.of(p.participant(), p.request())))
            .toList();
    if (repeated.isEmpty()) {
      return new HashMap<>();
    }
    return votes.earlierRequests(
        repeated.stream().map(PendingVote::participant).toArray(UUID[]::new),
        repeated.stream().map(PendingVote::request).toArray(UUID[]::new));
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
    votes.readTargets(conversations, statements, states, targets);
  }

  /** Writes history and counting votes; answers the (participant, request) pairs that were new. */
  private Set<List<UUID>> recordVotes(List<PendingVote> batch, Instant at) {
    if (batch.isEmpty()) {
      return Set.of();
    }
    return votes.record(
        new VoteStore.NewVotes(
            uuids(batch, PendingVote::conversation),
            uuids(batch, PendingVote::statement),
            uuids(batch, PendingVote::participant),
            batch.stream().map(p -> (short) p.vote().sign()).toArray(Short[]::new),
            uuids(batch, PendingVote::request)),
        at);
  }

  private static UUID[] uuids(List<PendingVote> batch, Function<PendingVote, UUID> column) {
    return batch.stream().map(column).toArray(UUID[]::new);
  }
}
