package nl.provincie.ethiek.cases.casefile;

import java.time.LocalDate;

/** What the decision maker did with the advice; "explain" always carries its motivation. */
public record Decision(
    DecisionMaker decisionMaker,
    DecisionKind kind,
    String summary,
    String motivation,
    LocalDate decidedOn,
    LocalDate nextReviewDate) {

  public Decision {
    CaseRuleViolation.require(decisionMaker != null, "/decisionMaker", "Who decided?");
    CaseRuleViolation.require(kind != null, "/decision", "Comply or explain?");
    CaseRuleViolation.require(
        summary != null && !summary.isBlank(), "/summary", "A decision needs a summary.");
    CaseRuleViolation.require(
        kind != DecisionKind.EXPLAIN || (motivation != null && !motivation.isBlank()),
        "/motivation",
        "A decision that departs from the advice (EXPLAIN) must give its motivation.");
    CaseRuleViolation.require(decidedOn != null, "/decidedOn", "When was it decided?");
    CaseRuleViolation.require(
        nextReviewDate == null || nextReviewDate.isAfter(decidedOn),
        "/nextReviewDate",
        "The next review lies after the decision.");
  }
}
