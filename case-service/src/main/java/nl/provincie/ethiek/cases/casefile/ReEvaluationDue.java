package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** The case's re-evaluation is due (periodic or triggered). */
public record ReEvaluationDue(
    UUID eventId,
    Instant occurredAt,
    UUID caseId,
    List<UUID> registerEntryIds,
    Confidentiality confidentiality,
    LocalDate dueDate,
    ReEvaluationTrigger trigger,
    String reason)
    implements CaseEvent {

  @Override
  public String topic() {
    return EventTopics.CASE_RE_EVALUATION_DUE;
  }
}
