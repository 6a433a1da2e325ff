package nl.provincie.ethiek.cases.casefile;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the case is looked at again: periodically (every {@code periodMonths}, e.g. six for social
 * media) or triggered. {@code announcedFor} remembers the due date for which ReEvaluationDue was
 * raised, so it is raised once per due date.
 */
public record ReEvaluation(
    Integer periodMonths,
    LocalDate dueDate,
    ReEvaluationTrigger trigger,
    String reason,
    LocalDate announcedFor) {

  public ReEvaluation {
    CaseRuleViolation.require(dueDate != null, "/dueDate", "A re-evaluation needs a due date.");
    CaseRuleViolation.require(trigger != null, "/trigger", "A re-evaluation needs a trigger.");
    CaseRuleViolation.require(
        periodMonths == null || (periodMonths >= 1 && periodMonths <= 60),
        "/periodMonths",
        "The period is between 1 and 60 months.");
  }

  /**
   * The re-evaluation after a decision: one on its next review date, keeping the period of the one
   * scheduled before; without a review date the current one (possibly none) stays.
   */
  static Optional<ReEvaluation> afterDecision(Decision made, Optional<ReEvaluation> current) {
    if (made.nextReviewDate() == null) {
      return current;
    }
    return Optional.of(
        new ReEvaluation(
            current.map(ReEvaluation::periodMonths).orElse(null),
            made.nextReviewDate(),
            ReEvaluationTrigger.PERIODIC,
            "Herbeoordeling volgens besluit",
            null));
  }

  /**
   * A re-evaluation triggered today by a change, an incident or a resident signal. It keeps the
   * periodic schedule's period and due date (today if there was none), and counts as announced for
   * today.
   */
  static ReEvaluation triggered(
      Optional<ReEvaluation> current, ReEvaluationTrigger trigger, String reason, LocalDate today) {
    return new ReEvaluation(
        current.map(ReEvaluation::periodMonths).orElse(null),
        current.map(ReEvaluation::dueDate).orElse(today),
        trigger,
        reason,
        today);
  }

  public boolean isDueOn(LocalDate today) {
    return !dueDate.isAfter(today) && !dueDate.equals(announcedFor);
  }

  ReEvaluation announced() {
    return new ReEvaluation(periodMonths, dueDate, trigger, reason, dueDate);
  }

  /** After a periodic re-evaluation, the next one is one period after the previous due date. */
  ReEvaluation next() {
    return periodMonths == null
        ? this
        : new ReEvaluation(
            periodMonths,
            dueDate.plusMonths(periodMonths),
            ReEvaluationTrigger.PERIODIC,
            reason,
            announcedFor);
  }
}
