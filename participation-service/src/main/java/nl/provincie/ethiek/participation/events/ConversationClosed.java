package nl.provincie.ethiek.participation.events;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** A conversation stopped taking votes. Topic participation.conversation-closed.v1 */
public record ConversationClosed(
    UUID eventId, Instant occurredAt, UUID conversationId, String topic, UUID caseId)
    implements ParticipationEvent {

  @Override
  public String kafkaTopic() {
    return EventTopics.PARTICIPATION_CONVERSATION_CLOSED;
  }
}
