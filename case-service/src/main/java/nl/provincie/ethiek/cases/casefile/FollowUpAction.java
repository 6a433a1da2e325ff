package nl.provincie.ethiek.cases.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Something agreed in the decision: who does it, by when, and the evidence that it was done. */
public record FollowUpAction(
    UUID id,
    String title,
    String owner,
    LocalDate dueDate,
    ActionStatus status,
    List<String> evidence,
    LocalDate overdueSince) {

  public FollowUpAction {
    CaseRuleViolation.require(
        title != null && !title.isBlank(), "/title", "An action needs a title.");
    CaseRuleViolation.require(
        owner != null && !owner.isBlank(), "/owner", "An action needs an owner.");
    CaseRuleViolation.require(dueDate != null, "/dueDate", "An action needs a due date.");
    CaseRuleViolation.require(status != null, "/status", "An action needs a status.");
    evidence = Lists.copy(evidence);
    CaseRuleViolation.require(
        status != ActionStatus.VERIFIED || !evidence.isEmpty(),
        "/evidence",
        "An action is VERIFIED only with evidence.");
  }

  public boolean isOverdueOn(LocalDate today) {
    return status.isOpen() && dueDate.isBefore(today);
  }

  FollowUpAction withStatus(ActionStatus next, List<String> moreEvidence) {
    return new FollowUpAction(
        id,
        title,
        owner,
        dueDate,
        next,
        java.util.stream.Stream.concat(evidence.stream(), Lists.copy(moreEvidence).stream())
            .toList(),
        next == ActionStatus.OVERDUE ? overdueSince : null);
  }

  FollowUpAction markedOverdue(LocalDate today) {
    return new FollowUpAction(id, title, owner, dueDate, ActionStatus.OVERDUE, evidence, today);
  }
}
