package nl.provincie.ethiek.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Participation's own rules: requests, attached reports and their recorded use, in plain Java. */
class ParticipationTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private static ParticipationInput report(UUID conversation, int participants) {
    return new ParticipationInput(
        conversation, "Gesprek", List.of(), List.of(), participants, 50, 5, NOW, null);
  }

  @Test
  void a_use_is_recorded_only_for_an_attached_report_and_says_how() {
    UUID conversation = UUID.randomUUID();
    Participation p = Participation.none().withReport(report(conversation, 10));

    assertThatThrownBy(() -> p.withUse(UUID.randomUUID(), "gebruikt"))
        .isInstanceOf(CaseRuleViolation.class)
        .hasMessageContaining("No report");
    assertThatThrownBy(() -> p.withUse(conversation, " ")).isInstanceOf(CaseRuleViolation.class);
    assertThat(p.withUse(conversation, "In het advies").inputs().get(0).howUsed())
        .isEqualTo("In het advies");
  }

  @Test
  void reports_of_other_conversations_are_kept_and_requests_add_up() {
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();
    ParticipationRequest request =
        new ParticipationRequest(UUID.randomUUID(), "Wat vindt u?", List.of("bewoners"), NOW);

    Participation p =
        Participation.none()
            .withRequest(request)
            .withReport(report(one, 10))
            .withReport(report(two, 20))
            .withReport(report(one, 12));

    assertThat(p.requests()).containsExactly(request);
    assertThat(p.inputs()).extracting(ParticipationInput::participantCount).containsExactly(20, 12);
  }
}
