package nl.provincie.ethiek.participation.events;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** A conversation opened for residents. Topic participation.conversation-opened.v1 */
public record ConversationOpened(
    UUID eventId, Instant occurredAt, UUID conversationId, String topic, UUID caseId)
    implements ParticipationEvent {

  @Override
  public String kafkaTopic() {
    return EventTopics.PARTICIPATION_CONVERSATION_OPENED;
  }
}
