package nl.provincie.ethiek.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The follow-up's own rules: actions, overdue detection and the re-evaluation, in plain Java. */
class FollowUpTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  private static FollowUpAction action(LocalDate due, ActionStatus status) {
    return new FollowUpAction(UUID.randomUUID(), "Evalueren", "team", due, status, List.of(), null);
  }

  private static ReEvaluation periodic(int months, LocalDate due) {
    return new ReEvaluation(months, due, ReEvaluationTrigger.PERIODIC, "halfjaarlijks", null);
  }

  private static Decision decision(LocalDate nextReview) {
    return new Decision(DecisionMaker.GS, DecisionKind.COMPLY, "Gevolgd", null, TODAY, nextReview);
  }

  @Test
  void a_new_follow_up_has_nothing_and_no_re_evaluation() {
    assertThat(FollowUp.none().actions()).isEmpty();
    assertThat(FollowUp.none().indicators()).isEmpty();
    assertThat(FollowUp.none().reEvaluation()).isEmpty();
  }

  @Test
  void only_open_actions_past_their_due_date_are_marked_and_each_once() {
    FollowUpAction late = action(TODAY.minusDays(1), ActionStatus.PLANNED);
    FollowUpAction done = action(TODAY.minusDays(1), ActionStatus.DONE);
    FollowUpAction dueToday = action(TODAY, ActionStatus.IN_PROGRESS);
    FollowUp f = FollowUp.none().withAction(late).withAction(done).withAction(dueToday);

    FollowUp.Overdue first = f.detectOverdue(TODAY);
    FollowUp.Overdue second = first.after().detectOverdue(TODAY.plusDays(1));

    assertThat(first.marked()).containsExactly(late);
    assertThat(first.after().action(late.id()).status()).isEqualTo(ActionStatus.OVERDUE);
    assertThat(first.after().action(late.id()).overdueSince()).isEqualTo(TODAY);
    assertThat(first.after().action(done.id())).isEqualTo(done);
    assertThat(second.marked()).containsExactly(dueToday);
    assertThat(second.after().action(late.id()).overdueSince()).isEqualTo(TODAY);
  }

  @Test
  void a_status_set_by_hand_is_never_overdue_and_adds_evidence() {
    FollowUpAction a = action(TODAY, ActionStatus.PLANNED);
    FollowUp f = FollowUp.none().withAction(a);

    assertThatThrownBy(() -> f.withActionUpdated(a.id(), ActionStatus.OVERDUE, List.of()))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("detected");
    assertThatThrownBy(() -> f.withActionUpdated(a.id(), null, List.of()))
        .isInstanceOf(CaseRuleViolation.class);
    assertThatThrownBy(() -> f.withActionUpdated(UUID.randomUUID(), ActionStatus.DONE, List.of()))
        .isInstanceOf(CaseRuleViolation.class);
    FollowUpAction verified =
        f.withActionUpdated(a.id(), ActionStatus.VERIFIED, List.of("rapport.pdf")).action(a.id());
    assertThat(verified.status()).isEqualTo(ActionStatus.VERIFIED);
    assertThat(verified.evidence()).containsExactly("rapport.pdf");
  }

  @Test
  void a_due_re_evaluation_is_announced_once_per_due_date() {
    FollowUp scheduled = FollowUp.none().scheduled(periodic(6, TODAY));

    Optional<FollowUp> announced = scheduled.announceDue(TODAY);

    assertThat(scheduled.announceDue(TODAY.minusDays(1))).isEmpty();
    assertThat(announced).isPresent();
    assertThat(announced.get().reEvaluation().orElseThrow().announcedFor()).isEqualTo(TODAY);
    assertThat(announced.get().announceDue(TODAY.plusDays(1))).isEmpty();
    assertThat(FollowUp.none().announceDue(TODAY)).isEmpty();
  }

  @Test
  void after_a_periodic_re_evaluation_the_next_is_one_period_later() {
    FollowUp after = FollowUp.none().scheduled(periodic(6, TODAY)).afterReEvaluation();

    assertThat(after.reEvaluation().orElseThrow().dueDate()).isEqualTo(TODAY.plusMonths(6));
    assertThat(FollowUp.none().afterReEvaluation().reEvaluation()).isEmpty();
  }

  @Test
  void a_decision_with_a_review_date_schedules_it_keeping_the_period() {
    FollowUp withPeriod = FollowUp.none().scheduled(periodic(3, TODAY));

    ReEvaluation next =
        withPeriod.afterDecision(decision(TODAY.plusMonths(6))).reEvaluation().get();

    assertThat(next.dueDate()).isEqualTo(TODAY.plusMonths(6));
    assertThat(next.periodMonths()).isEqualTo(3);
    assertThat(next.trigger()).isEqualTo(ReEvaluationTrigger.PERIODIC);
    assertThat(withPeriod.afterDecision(decision(null))).isEqualTo(withPeriod);
    assertThat(FollowUp.none().afterDecision(decision(null)).reEvaluation()).isEmpty();
  }

  @Test
  void a_triggered_re_evaluation_keeps_the_periodic_schedule_and_counts_as_announced() {
    FollowUp triggered =
        FollowUp.none()
            .scheduled(periodic(6, TODAY.plusMonths(2)))
            .triggered(ReEvaluationTrigger.INCIDENT, "datalek", TODAY);
    ReEvaluation r = triggered.reEvaluation().orElseThrow();

    assertThat(r.dueDate()).isEqualTo(TODAY.plusMonths(2));
    assertThat(r.periodMonths()).isEqualTo(6);
    assertThat(r.trigger()).isEqualTo(ReEvaluationTrigger.INCIDENT);
    assertThat(r.announcedFor()).isEqualTo(TODAY);
    assertThat(
            FollowUp.none()
                .triggered(ReEvaluationTrigger.CHANGE, "nieuwe versie", TODAY)
                .reEvaluation()
                .orElseThrow()
                .dueDate())
        .isEqualTo(TODAY);
  }
}
