package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.util.List;

/** The commission's advice: drafted, then adopted. Dissent is kept, not averaged away. */
public record Advice(
    AdviceKind kind,
    String summary,
    String considerations,
    List<String> conditions,
    String dissent,
    Instant draftedAt,
    Instant adoptedAt) {

  public Advice {
    CaseRuleViolation.require(kind != null, "/kind", "An advice needs a kind.");
    CaseRuleViolation.require(
        summary != null && !summary.isBlank(), "/summary", "An advice needs a summary.");
    conditions = Lists.copy(conditions);
    CaseRuleViolation.require(
        kind != AdviceKind.WITH_CONDITIONS || !conditions.isEmpty(),
        "/conditions",
        "An advice WITH_CONDITIONS lists its conditions.");
  }

  Advice adopted(Instant at) {
    return new Advice(kind, summary, considerations, conditions, dissent, draftedAt, at);
  }
}
