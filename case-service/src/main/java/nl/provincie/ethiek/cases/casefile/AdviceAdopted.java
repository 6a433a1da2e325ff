package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** The commission adopted its advice; the register shows the assessment status. */
public record AdviceAdopted(
    UUID eventId,
    Instant occurredAt,
    UUID caseId,
    List<UUID> registerEntryIds,
    Confidentiality confidentiality,
    AdviceKind advice,
    String summary,
    List<String> conditions)
    implements CaseEvent {

  @Override
  public String topic() {
    return EventTopics.CASE_ADVICE_ADOPTED;
  }
}
