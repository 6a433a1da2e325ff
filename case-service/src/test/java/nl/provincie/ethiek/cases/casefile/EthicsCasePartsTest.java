package nl.provincie.ethiek.cases.casefile;

import static nl.provincie.ethiek.cases.casefile.CaseState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the case hands its commands to its parts and what its state allows, in plain Java. */
class EthicsCasePartsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  private static EthicsCase opened(String reason) {
    return EthicsCase.open(
            CaseId.random(),
            Intake.of("Parkeerscan", "Willen we dit?", SubjectType.ALGORITHM),
            Confidentiality.INTERNAL,
            List.of(),
            Origin.REGISTER_PROPOSAL,
            reason,
            "2026.1",
            "register",
            NOW)
        .after();
  }

  private static EthicsCase assessing() {
    TriageAnswer yes = new TriageAnswer(Verdict.YES, "ja", "ICT");
    return opened("voorstel")
        .transition(IN_TRIAGE, "ethicus", null, NOW)
        .after()
        .recordTriage(
            new Triage(yes, yes, yes, TriageOutcome.QUICK_SCAN, null, "ethicus", NOW),
            "ethicus",
            NOW)
        .after();
  }

  @Test
  void a_new_case_has_its_opening_and_empty_parts() {
    EthicsCase c = opened("Voorgesteld vanuit het register");

    assertThat(c.opening().origin()).isEqualTo(Origin.REGISTER_PROPOSAL);
    assertThat(c.opening().reason()).contains("Voorgesteld vanuit het register");
    assertThat(c.opening().openedAt()).isEqualTo(NOW);
    assertThat(c.triage()).isEmpty();
    assertThat(c.assessment()).isEqualTo(Assessment.none());
    assertThat(c.participation()).isEqualTo(Participation.none());
    assertThat(c.advice()).isEmpty();
    assertThat(c.decision()).isEmpty();
    assertThat(c.followUp()).isEqualTo(FollowUp.none());
    assertThat(opened(null).opening().reason()).isEmpty();
  }

  @Test
  void instrument_work_goes_to_the_assessment_only_while_assessing() {
    InstrumentRun r = AssessmentTest.run();

    assertThatThrownBy(() -> opened("x").startRun(r)).isInstanceOf(WrongState.class);
    EthicsCase worked =
        assessing()
            .startRun(r)
            .after()
            .reviseStep(r.id(), "1.1", "An", "Tekst", NOW)
            .after()
            .recordDpiaStatus("gestart")
            .after();

    assertThat(worked.assessment().run(r.id()).steps()).singleElement();
    assertThat(worked.assessment().dpiaStatus()).contains("gestart");
  }

  @Test
  void a_closed_case_announces_no_due_re_evaluation() {
    EthicsCase closed =
        new EthicsCase(
            CaseId.random(),
            CLOSED,
            Confidentiality.PUBLIC,
            Intake.of("t", "q", SubjectType.PLATFORM),
            List.of(),
            new Opening(Origin.REQUEST, java.util.Optional.empty(), "2026.1", NOW),
            java.util.Optional.empty(),
            Assessment.none(),
            Participation.none(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            FollowUp.none()
                .scheduled(new ReEvaluation(6, TODAY, ReEvaluationTrigger.PERIODIC, "r", null)),
            List.of());

    Changed looked = closed.announceDueReEvaluation(TODAY, NOW);

    assertThat(looked.events()).isEmpty();
    assertThat(looked.after()).isEqualTo(closed);
  }

  @Test
  void a_resident_conversation_is_requested_with_an_event_and_its_report_attached_quietly() {
    ParticipationRequest request =
        new ParticipationRequest(UUID.randomUUID(), "Wat vindt u?", List.of(), NOW);
    UUID conversation = UUID.randomUUID();

    Changed requested = assessing().requestParticipation(request, NOW);
    Changed attached =
        requested
            .after()
            .attachParticipation(
                new ParticipationInput(
                    conversation, "Gesprek", List.of(), List.of(), 3, 9, 2, NOW, null));

    assertThat(requested.events()).singleElement().isInstanceOf(ParticipationRequested.class);
    assertThat(attached.events()).isEmpty();
    assertThat(attached.after().participation().requests()).containsExactly(request);
    assertThat(attached.after().participation().inputs()).singleElement();
    assertThatThrownBy(() -> opened("x").requestParticipation(request, NOW))
        .isInstanceOf(WrongState.class);
  }

  @Test
  void a_register_entry_is_linked_once() {
    UUID entry = UUID.randomUUID();
    EthicsCase linked = opened("x").linkRegisterEntry(entry).after();

    assertThat(linked.linkRegisterEntry(entry).after().registerEntryIds()).containsExactly(entry);
  }
}
