package nl.provincie.ethiek.participation.conversation;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;

/** A conversation stopped taking votes. Topic participation.conversation-closed.v1 */
public record ConversationClosed(
    UUID eventId, Instant occurredAt, UUID conversationId, String topic, UUID caseId)
    implements IntegrationEvent {}
