package nl.provincie.ethiek.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The assessment's own rules: runs, AI Act classification and DPIA status, in plain Java. */
class AssessmentTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  /** A run of the IAMA with nothing recorded yet. */
  static InstrumentRun run() {
    return new InstrumentRun(
        UUID.randomUUID(),
        "iama",
        "2021",
        "adviseur",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        NOW);
  }

  @Test
  void nothing_is_assessed_at_first() {
    assertThat(Assessment.none().runs()).isEmpty();
    assertThat(Assessment.none().aiAct()).isEmpty();
    assertThat(Assessment.none().dpiaStatus()).isEmpty();
  }

  @Test
  void a_revision_changes_only_its_run_and_an_unknown_run_is_refused() {
    InstrumentRun first = run();
    InstrumentRun second = run();
    Assessment a = Assessment.none().withRun(first).withRun(second);

    Assessment revised =
        a.withRunRevised(first.id(), r -> r.withStepRevision("1.1", "An", "Tekst", NOW));

    assertThat(revised.run(first.id()).steps()).singleElement();
    assertThat(revised.run(second.id())).isEqualTo(second);
    assertThat(revised.runs())
        .extracting(InstrumentRun::id)
        .containsExactly(first.id(), second.id());
    assertThatThrownBy(() -> a.withRunRevised(UUID.randomUUID(), r -> r))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("No instrument run");
    assertThat(a.findRun(UUID.randomUUID())).isEmpty();
  }

  @Test
  void the_ai_act_classification_and_the_dpia_status_are_recorded_beside_the_runs() {
    AiActAssessment classification =
        new AiActAssessment(
            "2025.1",
            List.of(),
            List.of(),
            List.of("aanbieder"),
            AiActAssessment.RiskGroup.HIGH_RISK,
            true,
            true,
            "c1",
            null);
    InstrumentRun r = run();

    Assessment a =
        Assessment.none().withRun(r).classifiedAs(classification).withDpiaStatus("klaar");

    assertThat(a.aiAct()).contains(classification);
    assertThat(a.dpiaStatus()).contains("klaar");
    assertThat(a.runs()).containsExactly(r);
  }
}
