package nl.provincie.ethiek.participation.events;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.participation.statement.domain.Origin;
import nl.provincie.ethiek.servicekit.events.EventTopics;

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
    implements ParticipationEvent {

  @Override
  public String kafkaTopic() {
    return EventTopics.PARTICIPATION_STATEMENT_SUBMITTED;
  }
}
