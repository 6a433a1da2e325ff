package nl.provincie.ethiek.participation.events;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.participation.vote.domain.VoteValue;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/**
 * A resident's vote was accepted; the latest per participant and statement counts. The participant
 * id is the resident's pseudonym in this conversation (docs/adr/0031). Topic
 * participation.vote-cast.v1, key: the conversation id.
 */
public record VoteCast(
    UUID eventId,
    Instant occurredAt,
    UUID conversationId,
    UUID statementId,
    int statementNumber,
    UUID participantId,
    VoteValue vote)
    implements ParticipationEvent {

  @Override
  public String kafkaTopic() {
    return EventTopics.PARTICIPATION_VOTE_CAST;
  }
}
