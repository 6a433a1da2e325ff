package nl.provincie.ethiek.cases.casefile;

/** Where the triage routes a case, and the state that follows. */
public enum TriageOutcome {
  NO_ETHICAL_ISSUE(CaseState.NOT_ADMISSIBLE),
  REFER(CaseState.REFERRED),
  QUICK_SCAN(CaseState.IN_ASSESSMENT),
  FULL_ASSESSMENT(CaseState.IN_ASSESSMENT),
  URGENT(CaseState.IN_ASSESSMENT);

  private final CaseState next;

  TriageOutcome(CaseState next) {
    this.next = next;
  }

  public CaseState next() {
    return next;
  }
}
