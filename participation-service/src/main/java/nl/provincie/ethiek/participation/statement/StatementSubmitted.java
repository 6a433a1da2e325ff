package nl.provincie.ethiek.participation.statement;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;

/** A resident or moderator added a statement. Topic participation.statement-submitted.v1 */
public record StatementSubmitted(
    UUID eventId,
    Instant occurredAt,
    UUID conversationId,
    UUID statementId,
    int number,
    String text,
    Origin origin,
    Moderation moderation)
    implements IntegrationEvent {}
