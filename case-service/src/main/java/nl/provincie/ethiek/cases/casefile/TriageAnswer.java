package nl.provincie.ethiek.cases.casefile;

/** One of the three triage questions answered: verdict, why, and which discipline answered. */
public record TriageAnswer(Verdict verdict, String rationale, String discipline) {

  public TriageAnswer {
    CaseRuleViolation.require(verdict != null, "/verdict", "Each triage question needs a verdict.");
    CaseRuleViolation.require(
        verdict == Verdict.NOT_ASSESSED || (rationale != null && !rationale.isBlank()),
        "/rationale",
        "A verdict other than NOT_ASSESSED needs a rationale.");
    CaseRuleViolation.require(
        verdict == Verdict.NOT_ASSESSED || (discipline != null && !discipline.isBlank()),
        "/discipline",
        "A verdict other than NOT_ASSESSED needs the discipline that answered.");
  }
}
