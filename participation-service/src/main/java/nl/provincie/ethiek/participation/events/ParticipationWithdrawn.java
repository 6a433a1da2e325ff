package nl.provincie.ethiek.participation.events;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/**
 * A resident removed their participation: their votes are gone, their statements withdrawn and
 * their text erased. The participant id is the resident's pseudonym in this conversation
 * (docs/adr/0031). Topic participation.participation-withdrawn.v1, key: the conversation id.
 */
public record ParticipationWithdrawn(
    UUID eventId,
    Instant occurredAt,
    UUID conversationId,
    UUID participantId,
    int votesRemoved,
    int statementsWithdrawn)
    implements ParticipationEvent {

  @Override
  public String kafkaTopic() {
    return EventTopics.PARTICIPATION_PARTICIPATION_WITHDRAWN;
  }
}
