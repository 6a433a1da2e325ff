package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** A case was opened, by request or as a proposal from the register (reason stated). */
public record CaseOpened(
    UUID eventId,
    Instant occurredAt,
    UUID caseId,
    List<UUID> registerEntryIds,
    Confidentiality confidentiality,
    String title,
    SubjectType subjectType,
    Origin origin,
    String reason)
    implements CaseEvent {

  @Override
  public String topic() {
    return EventTopics.CASE_OPENED;
  }
}
