package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;

/**
 * "Kan het? Mag het? Willen we het?": technically possible, legally allowed, ethically desirable,
 * and the route that follows. A referral names where to (privacy officer, security, legal).
 */
public record Triage(
    TriageAnswer kanHet,
    TriageAnswer magHet,
    TriageAnswer willenWeHet,
    TriageOutcome outcome,
    String referredTo,
    String assessedBy,
    Instant assessedAt) {

  public Triage {
    CaseRuleViolation.require(kanHet != null, "/kanHet", "Answer 'kan het?'.");
    CaseRuleViolation.require(magHet != null, "/magHet", "Answer 'mag het?'.");
    CaseRuleViolation.require(willenWeHet != null, "/willenWeHet", "Answer 'willen we het?'.");
    CaseRuleViolation.require(outcome != null, "/outcome", "A triage needs an outcome.");
    CaseRuleViolation.require(
        outcome != TriageOutcome.REFER || (referredTo != null && !referredTo.isBlank()),
        "/referredTo",
        "A referral names where the case goes (privacy officer, security, legal).");
  }
}
