package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** The commission asks the participation service for a resident conversation. */
public record ParticipationRequested(
    UUID eventId,
    Instant occurredAt,
    UUID caseId,
    List<UUID> registerEntryIds,
    Confidentiality confidentiality,
    UUID requestId,
    String question,
    List<String> targetGroups)
    implements CaseEvent {

  @Override
  public String topic() {
    return EventTopics.CASE_PARTICIPATION_REQUESTED;
  }
}
