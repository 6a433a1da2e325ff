package nl.provincie.ethiek.cases.casefile;

import java.util.List;
import java.util.UUID;

/**
 * Residents' say in the case: the conversations the commission asked for and the published reports
 * attached to it, with how each was used.
 */
public record Participation(List<ParticipationRequest> requests, List<ParticipationInput> inputs) {

  public Participation {
    requests = Lists.copy(requests);
    inputs = Lists.copy(inputs);
  }

  /** No conversation asked for, no report attached. */
  public static Participation none() {
    return new Participation(List.of(), List.of());
  }

  Participation withRequest(ParticipationRequest request) {
    return new Participation(Lists.plus(requests, request), inputs);
  }

  /** Attaches (or replaces, for a re-published report) a conversation's report. */
  Participation withReport(ParticipationInput report) {
    return new Participation(requests, report.replacingIn(inputs));
  }

  /** Records how an attached report was used; a report that is not attached is refused. */
  Participation withUse(UUID conversationId, String howUsed) {
    CaseRuleViolation.require(
        howUsed != null && !howUsed.isBlank(), "/howUsed", "Say how the input was used.");
    CaseRuleViolation.require(
        inputs.stream().anyMatch(p -> p.conversationId().equals(conversationId)),
        "/conversationId",
        "No report of conversation " + conversationId + " is attached to this case.");
    return new Participation(
        requests,
        inputs.stream()
            .map(p -> p.conversationId().equals(conversationId) ? p.usedAs(howUsed) : p)
            .toList());
  }
}
