package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

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

  /** Days are counted as the province counts them: a decision names a day in the Netherlands. */
  private static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");

  /** The day the commission adopted this advice, once it has. */
  public Optional<LocalDate> adoptedOn() {
    return Optional.ofNullable(adoptedAt).map(at -> LocalDate.ofInstant(at, PROVINCE));
  }

  /** Refuses a decision dated before the day this advice was adopted; the same day is fine. */
  void requireFollowedBy(Decision decision) {
    Optional<LocalDate> adopted = adoptedOn();
    if (adopted.isPresent() && decision.decidedOn().isBefore(adopted.get())) {
      throw new DecisionBeforeAdvice(decision.decidedOn(), adopted.get());
    }
  }

  Advice adopted(Instant at) {
    return new Advice(kind, summary, considerations, conditions, dissent, draftedAt, at);
  }
}
