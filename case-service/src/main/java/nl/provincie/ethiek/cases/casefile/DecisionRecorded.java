package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** The decision maker complied with the advice or explained why not. */
public record DecisionRecorded(
    UUID eventId,
    Instant occurredAt,
    UUID caseId,
    List<UUID> registerEntryIds,
    Confidentiality confidentiality,
    DecisionMaker decisionMaker,
    DecisionKind decision,
    String summary,
    String motivation,
    LocalDate nextReviewDate)
    implements CaseEvent {

  @Override
  public String topic() {
    return EventTopics.CASE_DECISION_RECORDED;
  }
}
