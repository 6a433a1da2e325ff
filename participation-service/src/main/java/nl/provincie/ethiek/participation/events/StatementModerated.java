package nl.provincie.ethiek.participation.events;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.participation.statement.domain.Moderation;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** A statement was accepted, rejected or marked meta. Topic participation.statement-moderated.v1 */
public record StatementModerated(
    UUID eventId,
    Instant occurredAt,
    UUID conversationId,
    UUID statementId,
    int number,
    Moderation moderation,
    String reason,
    boolean meta)
    implements ParticipationEvent {

  @Override
  public String kafkaTopic() {
    return EventTopics.PARTICIPATION_STATEMENT_MODERATED;
  }
}
