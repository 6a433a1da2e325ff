package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The commission asked for a resident conversation on a question. */
public record ParticipationRequest(
    UUID id, String question, List<String> targetGroups, Instant requestedAt) {

  public ParticipationRequest {
    CaseRuleViolation.require(
        question != null && !question.isBlank(), "/question", "Ask a question.");
    targetGroups = Lists.copy(targetGroups);
  }
}
