package nl.provincie.ethiek.cases.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What follows the decision: the agreed actions, the monitoring indicators and the re-evaluation,
 * absent until a decision or a schedule names one.
 */
public record FollowUp(
    List<FollowUpAction> actions, List<Indicator> indicators, Optional<ReEvaluation> reEvaluation) {

  public FollowUp {
    actions = Lists.copy(actions);
    indicators = Lists.copy(indicators);
    Objects.requireNonNull(reEvaluation, "reEvaluation");
  }

  /** No actions, no indicators, no re-evaluation. */
  public static FollowUp none() {
    return new FollowUp(List.of(), List.of(), Optional.empty());
  }

  /**
   * The follow-up after marking the actions that became overdue, and those actions as they were.
   */
  public record Overdue(FollowUp after, List<FollowUpAction> marked) {}

  public FollowUpAction action(UUID actionId) {
    return actions.stream()
        .filter(a -> a.id().equals(actionId))
        .findFirst()
        .orElseThrow(() -> new CaseRuleViolation("/actionId", "No action " + actionId + "."));
  }

  FollowUp withAction(FollowUpAction action) {
    return new FollowUp(Lists.plus(actions, action), indicators, reEvaluation);
  }

  /** A new status set by hand, with more evidence; OVERDUE is only ever detected. */
  FollowUp withActionUpdated(UUID actionId, ActionStatus status, List<String> evidence) {
    CaseRuleViolation.require(status != null, "/status", "Give the new status.");
    CaseRuleViolation.require(
        status != ActionStatus.OVERDUE, "/status", "OVERDUE is detected, not set by hand.");
    FollowUpAction updated = action(actionId).withStatus(status, evidence);
    return new FollowUp(
        actions.stream().map(a -> a.id().equals(actionId) ? updated : a).toList(),
        indicators,
        reEvaluation);
  }

  /**
   * Marks open actions past their due date as overdue; an action already overdue stays as it is.
   */
  Overdue detectOverdue(LocalDate today) {
    List<FollowUpAction> next = new ArrayList<>();
    List<FollowUpAction> marked = new ArrayList<>();
    for (FollowUpAction a : actions) {
      if (a.isOverdueOn(today) && a.status() != ActionStatus.OVERDUE) {
        next.add(a.markedOverdue(today));
        marked.add(a);
      } else {
        next.add(a);
      }
    }
    return new Overdue(new FollowUp(next, indicators, reEvaluation), List.copyOf(marked));
  }

  FollowUp withIndicator(Indicator indicator) {
    return new FollowUp(actions, Lists.plus(indicators, indicator), reEvaluation);
  }

  FollowUp scheduled(ReEvaluation schedule) {
    return new FollowUp(actions, indicators, Optional.of(schedule));
  }

  /** The re-evaluation a decision sets (see {@link ReEvaluation#afterDecision}). */
  FollowUp afterDecision(Decision made) {
    return new FollowUp(actions, indicators, ReEvaluation.afterDecision(made, reEvaluation));
  }

  FollowUp triggered(ReEvaluationTrigger trigger, String reason, LocalDate today) {
    return scheduled(ReEvaluation.triggered(reEvaluation, trigger, reason, today));
  }

  /**
   * The follow-up with its re-evaluation announced, when one is due today and not yet announced;
   * empty otherwise.
   */
  Optional<FollowUp> announceDue(LocalDate today) {
    return reEvaluation.filter(r -> r.isDueOn(today)).map(r -> scheduled(r.announced()));
  }

  /** After a re-evaluation, a periodic one moves on by its period. */
  FollowUp afterReEvaluation() {
    return new FollowUp(actions, indicators, reEvaluation.map(ReEvaluation::next));
  }
}
