package nl.provincie.ethiek.participation.vote;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;

/** A vote waiting in the writer's queue, with the answer its request is waiting for. */
record PendingVote(
    UUID conversation,
    UUID statement,
    UUID participant,
    VoteValue vote,
    UUID request,
    CompletableFuture<Votes.Cast> result) {

  PendingVote(UUID conversation, UUID statement, UUID participant, VoteValue vote, UUID request) {
    this(conversation, statement, participant, vote, request, new CompletableFuture<>());
  }

  /** Two requests are the same request when the participant sent the same request id. */
  boolean sameRequestAs(PendingVote other) {
    return participant.equals(other.participant) && request.equals(other.request);
  }
}
