package nl.provincie.ethiek.participation.vote;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import nl.provincie.ethiek.participation.analysis.OpinionMaps;
import nl.provincie.ethiek.participation.conversation.Conversations;
import nl.provincie.ethiek.participation.conversation.domain.ConversationId;
import nl.provincie.ethiek.participation.conversation.domain.ConversationNotFound;
import nl.provincie.ethiek.participation.events.ParticipationWithdrawn;
import nl.provincie.ethiek.participation.participant.domain.ParticipantId;
import nl.provincie.ethiek.participation.statement.Statements;
import nl.provincie.ethiek.participation.statement.domain.Statement;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;
import nl.provincie.ethiek.participation.vote.domain.WeightedDraw;
import nl.provincie.ethiek.participation.vote.store.VoteStore;
import nl.provincie.ethiek.servicekit.events.Outbox;

/** Residents' votes: casting, routing to the next statement, and taking part back. */
@Singleton
public class Votes {

  private final VoteStore store;
  private final Conversations conversations;
  private final Statements statements;
  private final Outbox outbox;
  private final OpinionMaps maps;
  private final VoteWriter writer;
  private final RoutingCache routing;
  private final VotedStatements votedStatements;
  private final Clock clock = Clock.systemUTC();

  Votes(
      VoteStore store,
      Conversations conversations,
      Statements statements,
      Outbox outbox,
      OpinionMaps maps,
      VoteWriter writer,
      RoutingCache routing,
      VotedStatements votedStatements) {
    this.store = store;
    this.conversations = conversations;
    this.statements = statements;
    this.outbox = outbox;
    this.maps = maps;
    this.writer = writer;
    this.routing = routing;
    this.votedStatements = votedStatements;
  }

  /** The outcome of a cast: the vote, and whether this request was new or a retry. */
  public record Cast(UUID statementId, VoteValue vote, boolean counted) {}

  /**
   * Casts a vote; the future completes once it is committed (see {@link VoteWriter}) or fails with
   * the refusal: an unknown conversation, one that is not open, or a statement not open for votes.
   */
  public CompletableFuture<Cast> cast(
      ConversationId conversationId,
      ParticipantId participant,
      UUID statementId,
      VoteValue vote,
      UUID requestId) {
    return writer.submit(
        new PendingVote(conversationId.value(), statementId, participant.value(), vote, requestId));
  }

  /**
   * What a participant should see next, and how far they are. Everything comes from memory once the
   * participant has asked before (see {@link VotedStatements} and {@link RoutingCache}).
   */
  public record Next(Optional<Statement> statement, int voted, int total) {}

  public Next next(ConversationId conversationId, ParticipantId participant) {
    UUID conversation = conversationId.value();
    List<Statement> accepted = routing.accepted(conversationId);
    Map<Integer, Double> priorities = maps.priorities(conversation);
    BitSet voted = votedStatements.voted(conversation, participant.value());
    Next next = draw(accepted, voted, priorities);
    boolean stale =
        next.statement().isPresent()
            ? !votedStatements.confirmedOpen(
                conversation, participant.value(), next.statement().get().id())
            : voted.cardinality() > 0;
    if (stale) {
      // voted (or withdrawn) through another instance: draw again from the votes on record
      next = draw(accepted, votedStatements.reload(conversation, participant.value()), priorities);
    }
    return next;
  }

  private static Next draw(
      List<Statement> accepted, BitSet voted, Map<Integer, Double> priorities) {
    List<WeightedDraw.Candidate<Statement>> open =
        accepted.stream()
            .filter(s -> !voted.get(s.number()))
            .map(s -> new WeightedDraw.Candidate<>(s, weight(s, priorities)))
            .toList();
    int votedOn = accepted.size() - open.size();
    return new Next(WeightedDraw.pick(open, ThreadLocalRandom.current()), votedOn, accepted.size());
  }

  /** Spec section 6: 49 for meta statements, the map's priority, or 1 while there is none. */
  private static double weight(Statement statement, Map<Integer, Double> priorities) {
    return statement.meta()
        ? WeightedDraw.META_WEIGHT
        : priorities.getOrDefault(statement.number(), WeightedDraw.DEFAULT_WEIGHT);
  }

  public Map<UUID, VoteValue> mine(ConversationId conversationId, ParticipantId participant) {
    return store.current(conversationId.value(), participant.value());
  }

  /**
   * Removes the participant's votes and withdraws their statements, erasing their text; the votes
   * others cast on those statements go too, as they say nothing without it (docs/adr/0031).
   */
  @Transactional
  public ParticipationWithdrawn withdraw(ConversationId conversationId, ParticipantId participant) {
    conversations
        .findForUpdate(conversationId)
        .orElseThrow(() -> new ConversationNotFound(conversationId));
    int votes = store.removeAll(conversationId.value(), participant.value());
    List<UUID> withdrawn = statements.withdrawAllBy(conversationId, participant);
    store.removeAllOn(withdrawn);
    votedStatements.forget(conversationId.value(), participant.value());
    ParticipationWithdrawn event =
        new ParticipationWithdrawn(
            UUID.randomUUID(),
            now(),
            conversationId.value(),
            participant.value(),
            votes,
            withdrawn.size());
    outbox.append(event.kafkaTopic(), event.key(), event);
    maps.requestRebuild(conversationId.value());
    return event;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
