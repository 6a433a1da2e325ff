package nl.provincie.ethiek.cases.casefile;

import static nl.provincie.ethiek.cases.casefile.CaseState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The aggregate's transitions and rules, in plain Java: no container, no database. */
class EthicsCaseTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
  private static final UUID ENTRY = UUID.randomUUID();

  private static Changed opened() {
    return EthicsCase.open(
        CaseId.random(),
        Intake.of("Parkeerscan", "Willen we scanauto's inzetten?", SubjectType.ALGORITHM),
        Confidentiality.INTERNAL,
        List.of(ENTRY),
        Origin.REQUEST,
        "verzoek van de afdeling",
        "2026.1",
        "ethicus",
        NOW);
  }

  private static TriageAnswer yes() {
    return new TriageAnswer(Verdict.YES, "kan", "techniek");
  }

  private static Triage triage(TriageOutcome outcome) {
    return new Triage(yes(), yes(), yes(), outcome, null, "ethicus", NOW);
  }

  private static EthicsCase inTriage() {
    return opened().after().transition(IN_TRIAGE, "ethicus", "triage", NOW).after();
  }

  private static EthicsCase assessing() {
    return inTriage().recordTriage(triage(TriageOutcome.FULL_ASSESSMENT), "ethicus", NOW).after();
  }

  private static Advice advice() {
    return new Advice(
        AdviceKind.WITH_CONDITIONS,
        "Alleen met toezicht",
        "afwegingen",
        List.of("Jaarlijkse evaluatie"),
        null,
        NOW,
        null);
  }

  private static EthicsCase adopted() {
    return assessing()
        .draftAdvice(advice(), "secretaris", NOW)
        .after()
        .transition(ADVICE_ADOPTED, "commissie", "vastgesteld", NOW)
        .after();
  }

  private static Decision decision(LocalDate nextReview) {
    return new Decision(
        DecisionMaker.GS, DecisionKind.COMPLY, "Advies gevolgd", null, TODAY, nextReview);
  }

  private static EthicsCase inFollowUp() {
    return adopted()
        .recordDecision(decision(null), "secretaris", NOW)
        .after()
        .transition(IN_FOLLOW_UP, "secretaris", "opvolging", NOW)
        .after();
  }

  @Test
  void a_new_case_is_submitted_and_raises_case_opened() {
    Changed opened = opened();

    assertThat(opened.after().state()).isEqualTo(SUBMITTED);
    assertThat(opened.after().isOpen()).isTrue();
    assertThat(opened.after().history()).hasSize(1);
    assertThat(opened.events()).singleElement().isInstanceOf(CaseOpened.class);
    CaseOpened event = (CaseOpened) opened.events().get(0);
    assertThat(event.caseId()).isEqualTo(opened.after().id().value());
    assertThat(event.registerEntryIds()).containsExactly(ENTRY);
  }

  @Test
  void a_case_needs_a_confidentiality_level() {
    assertThatThrownBy(
            () ->
                EthicsCase.open(
                    CaseId.random(),
                    Intake.of("t", "q", SubjectType.PLATFORM),
                    null,
                    List.of(),
                    Origin.REQUEST,
                    null,
                    "2026.1",
                    "ethicus",
                    NOW))
        .isInstanceOf(CaseRuleViolation.class);
  }

  @Test
  void an_intake_needs_a_title_a_question_and_a_subject_type() {
    assertThatThrownBy(() -> Intake.of(" ", "q", SubjectType.ALGORITHM))
        .isInstanceOf(CaseRuleViolation.class);
    assertThatThrownBy(() -> Intake.of("t", null, SubjectType.ALGORITHM))
        .isInstanceOf(CaseRuleViolation.class);
    assertThatThrownBy(() -> Intake.of("t", "q", null)).isInstanceOf(CaseRuleViolation.class);
  }

  @Test
  void only_legal_transitions_are_accepted() {
    EthicsCase submitted = opened().after();

    assertThatThrownBy(() -> submitted.transition(CLOSED, "ethicus", "klaar", NOW))
        .isInstanceOf(IllegalTransition.class);
    assertThat(submitted.transition(WITHDRAWN, "ethicus", "ingetrokken", NOW).after().isOpen())
        .isFalse();
  }

  @Test
  void moves_that_record_facts_go_through_their_command() {
    assertThatThrownBy(() -> inTriage().transition(IN_ASSESSMENT, "ethicus", "", NOW))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("triage");
    assertThatThrownBy(() -> assessing().transition(ADVICE_DRAFT, "ethicus", "", NOW))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("advice");
  }

  @Test
  void the_triage_outcome_routes_the_case_and_raises_case_triaged() {
    Changed referred =
        inTriage()
            .recordTriage(
                new Triage(yes(), yes(), yes(), TriageOutcome.REFER, "privacy officer", "e", NOW),
                "ethicus",
                NOW);

    assertThat(referred.after().state()).isEqualTo(REFERRED);
    assertThat(referred.after().triage().orElseThrow().outcome()).isEqualTo(TriageOutcome.REFER);
    CaseTriaged event = (CaseTriaged) referred.events().get(0);
    assertThat(event.state()).isEqualTo(REFERRED);
    assertThat(assessing().state()).isEqualTo(IN_ASSESSMENT);
  }

  @Test
  void a_triage_is_recorded_only_in_triage() {
    assertThatThrownBy(
            () -> opened().after().recordTriage(triage(TriageOutcome.URGENT), "ethicus", NOW))
        .isInstanceOf(WrongState.class);
  }

  @Test
  void drafting_raises_nothing_and_adopting_raises_advice_adopted() {
    Changed drafted = assessing().draftAdvice(advice(), "secretaris", NOW);
    assertThat(drafted.events()).isEmpty();
    assertThat(drafted.after().state()).isEqualTo(ADVICE_DRAFT);

    Changed adopted = drafted.after().transition(ADVICE_ADOPTED, "commissie", "ok", NOW);

    assertThat(adopted.after().advice().orElseThrow().adoptedAt()).isEqualTo(NOW);
    AdviceAdopted event = (AdviceAdopted) adopted.events().get(0);
    assertThat(event.advice()).isEqualTo(AdviceKind.WITH_CONDITIONS);
    assertThat(event.conditions()).containsExactly("Jaarlijkse evaluatie");
  }

  @Test
  void an_advice_with_conditions_lists_them_and_an_explained_decision_is_motivated() {
    assertThatThrownBy(
            () -> new Advice(AdviceKind.WITH_CONDITIONS, "s", null, List.of(), null, NOW, null))
        .isInstanceOf(CaseRuleViolation.class);
    assertThatThrownBy(
            () -> new Decision(DecisionMaker.PS, DecisionKind.EXPLAIN, "s", " ", TODAY, null))
        .isInstanceOf(CaseRuleViolation.class);
  }

  @Test
  void a_decision_dated_before_the_day_its_advice_was_adopted_is_refused() {
    Decision dayBefore =
        new Decision(
            DecisionMaker.GS,
            DecisionKind.COMPLY,
            "Advies gevolgd",
            null,
            TODAY.minusDays(1),
            null);

    assertThatThrownBy(() -> adopted().recordDecision(dayBefore, "secretaris", NOW))
        .isInstanceOfSatisfying(
            DecisionBeforeAdvice.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("/decidedOn");
              assertThat(refused.decidedOn()).isEqualTo(TODAY.minusDays(1));
              assertThat(refused.adoptedOn()).isEqualTo(TODAY);
            });
    assertThat(adopted().recordDecision(decision(null), "secretaris", NOW).after().state())
        .isEqualTo(DECISION_RECEIVED);
  }

  @Test
  void the_day_of_adoption_is_the_day_in_the_netherlands() {
    // 23:30 UTC on 30 November is half past midnight on 1 December in Amsterdam
    Instant lateEvening = Instant.parse("2026-11-30T23:30:00Z");
    EthicsCase adoptedAtNight =
        assessing()
            .draftAdvice(advice(), "secretaris", lateEvening)
            .after()
            .transition(ADVICE_ADOPTED, "commissie", "vastgesteld", lateEvening)
            .after();
    Decision onThirtieth =
        new Decision(
            DecisionMaker.GS,
            DecisionKind.COMPLY,
            "Advies gevolgd",
            null,
            LocalDate.parse("2026-11-30"),
            null);

    assertThat(adoptedAtNight.advice().orElseThrow().adoptedOn())
        .contains(LocalDate.parse("2026-12-01"));
    assertThatThrownBy(() -> adoptedAtNight.recordDecision(onThirtieth, "secretaris", NOW))
        .isInstanceOf(DecisionBeforeAdvice.class);
  }

  @Test
  void a_decision_with_a_next_review_schedules_a_periodic_re_evaluation() {
    Changed decided = adopted().recordDecision(decision(TODAY.plusMonths(6)), "secretaris", NOW);

    assertThat(decided.after().state()).isEqualTo(DECISION_RECEIVED);
    assertThat(decided.after().followUp().reEvaluation().orElseThrow().dueDate())
        .isEqualTo(TODAY.plusMonths(6));
    assertThat(decided.after().followUp().reEvaluation().orElseThrow().trigger())
        .isEqualTo(ReEvaluationTrigger.PERIODIC);
    DecisionRecorded event = (DecisionRecorded) decided.events().get(0);
    assertThat(event.nextReviewDate()).isEqualTo(TODAY.plusMonths(6));
  }

  @Test
  void follow_up_actions_wait_for_the_decision() {
    FollowUpAction action =
        new FollowUpAction(
            UUID.randomUUID(), "Evalueren", "team", TODAY, ActionStatus.PLANNED, List.of(), null);

    assertThatThrownBy(() -> assessing().addAction(action)).isInstanceOf(WrongState.class);
    assertThat(inFollowUp().addAction(action).after().followUp().actions()).containsExactly(action);
  }

  @Test
  void an_overdue_action_is_raised_once() {
    FollowUpAction action =
        new FollowUpAction(
            UUID.randomUUID(), "Evalueren", "team", TODAY, ActionStatus.PLANNED, List.of(), null);
    EthicsCase following = inFollowUp().addAction(action).after();

    Changed first = following.detectOverdue(TODAY.plusDays(1), NOW);
    Changed second = first.after().detectOverdue(TODAY.plusDays(2), NOW);

    assertThat(first.events()).singleElement().isInstanceOf(FollowUpOverdue.class);
    assertThat(first.after().followUp().action(action.id()).status())
        .isEqualTo(ActionStatus.OVERDUE);
    assertThat(second.events()).isEmpty();
    assertThatThrownBy(
            () -> first.after().updateAction(action.id(), ActionStatus.OVERDUE, List.of()))
        .isInstanceOf(CaseRuleViolation.class);
  }

  @Test
  void a_due_re_evaluation_is_announced_once_and_opens_the_re_evaluation() {
    EthicsCase scheduled =
        inFollowUp()
            .scheduleReEvaluation(
                new ReEvaluation(6, TODAY, ReEvaluationTrigger.PERIODIC, "halfjaarlijks", null))
            .after();

    Changed due = scheduled.announceDueReEvaluation(TODAY, NOW);
    Changed again = due.after().announceDueReEvaluation(TODAY, NOW);

    assertThat(due.after().state()).isEqualTo(RE_EVALUATION);
    assertThat(due.events()).singleElement().isInstanceOf(ReEvaluationDue.class);
    assertThat(again.events()).isEmpty();

    EthicsCase back = due.after().transition(IN_FOLLOW_UP, "keeper", "herbeoordeeld", NOW).after();
    assertThat(back.followUp().reEvaluation().orElseThrow().dueDate())
        .isEqualTo(TODAY.plusMonths(6));
  }

  @Test
  void a_triggered_re_evaluation_names_a_cause_other_than_the_calendar() {
    EthicsCase following = inFollowUp();

    assertThatThrownBy(
            () ->
                following.triggerReEvaluation(
                    ReEvaluationTrigger.PERIODIC, "r", "ethicus", TODAY, NOW))
        .isInstanceOf(CaseRuleViolation.class);
    Changed triggered =
        following.triggerReEvaluation(
            ReEvaluationTrigger.INCIDENT, "datalek", "ethicus", TODAY, NOW);
    assertThat(triggered.after().state()).isEqualTo(RE_EVALUATION);
    assertThat(((ReEvaluationDue) triggered.events().get(0)).trigger())
        .isEqualTo(ReEvaluationTrigger.INCIDENT);
  }

  @Test
  void a_re_published_report_replaces_the_earlier_one_and_keeps_its_recorded_use() {
    UUID conversation = UUID.randomUUID();
    ParticipationInput report =
        new ParticipationInput(conversation, "Gesprek", List.of(), List.of(), 10, 50, 5, NOW, null);
    EthicsCase attached =
        assessing()
            .attachParticipation(report)
            .after()
            .recordParticipationUse(conversation, "Voorwaarde in het advies")
            .after();

    EthicsCase replaced =
        attached
            .attachParticipation(
                new ParticipationInput(
                    conversation, "Gesprek", List.of(), List.of(), 12, 60, 6, NOW, null))
            .after();

    assertThat(replaced.participation().inputs()).singleElement();
    assertThat(replaced.participation().inputs().get(0).participantCount()).isEqualTo(12);
    assertThat(replaced.participation().inputs().get(0).howUsed())
        .isEqualTo("Voorwaarde in het advies");
  }

  @Test
  void a_report_re_published_before_its_use_was_recorded_replaces_the_earlier_one() {
    UUID conversation = UUID.randomUUID();
    EthicsCase attached =
        assessing()
            .attachParticipation(
                new ParticipationInput(
                    conversation, "Gesprek", List.of(), List.of(), 10, 50, 5, NOW, null))
            .after();

    EthicsCase replaced =
        attached
            .attachParticipation(
                new ParticipationInput(
                    conversation, "Gesprek", List.of(), List.of(), 12, 60, 6, NOW, null))
            .after();

    assertThat(replaced.participation().inputs()).singleElement();
    assertThat(replaced.participation().inputs().get(0).participantCount()).isEqualTo(12);
    assertThat(replaced.participation().inputs().get(0).howUsed()).isNull();
  }
}
