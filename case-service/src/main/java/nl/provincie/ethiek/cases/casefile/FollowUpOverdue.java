package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** An agreed follow-up action passed its due date unfinished. */
public record FollowUpOverdue(
    UUID eventId,
    Instant occurredAt,
    UUID caseId,
    List<UUID> registerEntryIds,
    Confidentiality confidentiality,
    UUID actionId,
    String title,
    String owner,
    LocalDate dueDate)
    implements CaseEvent {

  @Override
  public String topic() {
    return EventTopics.CASE_FOLLOW_UP_OVERDUE;
  }
}
