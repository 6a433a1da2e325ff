package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** The three triage questions were answered and the case routed. */
public record CaseTriaged(
    UUID eventId,
    Instant occurredAt,
    UUID caseId,
    List<UUID> registerEntryIds,
    Confidentiality confidentiality,
    TriageOutcome outcome,
    Verdict kanHet,
    Verdict magHet,
    Verdict willenWeHet,
    CaseState state)
    implements CaseEvent {

  @Override
  public String topic() {
    return EventTopics.CASE_TRIAGED;
  }
}
