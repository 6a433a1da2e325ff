package nl.provincie.ethiek.participation.conversation;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;

/** A conversation opened for residents. Topic participation.conversation-opened.v1 */
public record ConversationOpened(
    UUID eventId, Instant occurredAt, UUID conversationId, String topic, UUID caseId)
    implements IntegrationEvent {}
