package nl.provincie.ethiek.register.entry;

/**
 * The ethics commission's latest word on an entry, as the case service reported it: what happened
 * (advice adopted, decision recorded, re-evaluation due), a public summary, the case, when, and the
 * next review date (YYYY-MM-DD).
 */
public record CaseAssessment(
    String status, String summary, String caseId, String date, String nextReviewDate) {

  public static final String ADVICE_ADOPTED = "ADVICE_ADOPTED";
  public static final String DECISION_RECORDED = "DECISION_RECORDED";
  public static final String RE_EVALUATION_DUE = "RE_EVALUATION_DUE";
}
