package nl.provincie.ethiek.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Building an intake by name, in plain Java. */
class IntakeTest {

  @Test
  void each_named_part_lands_in_its_own_field() {
    Intake intake =
        Intake.builder("Parkeerscan", "Willen we dit?", SubjectType.ALGORITHM)
            .description("beschrijving")
            .theme("thema")
            .requestingDepartment("afdeling")
            .owner("eigenaar")
            .problem("probleem")
            .goal("doel")
            .affectedGroups(List.of("bewoners"))
            .data("data")
            .legalBasis("grondslag")
            .supplier("leverancier")
            .stakeholders(List.of("GS"))
            .attachments(List.of("bijlage.pdf"))
            .build();

    assertThat(intake)
        .isEqualTo(
            new Intake(
                "Parkeerscan",
                "Willen we dit?",
                "beschrijving",
                SubjectType.ALGORITHM,
                "thema",
                "afdeling",
                "eigenaar",
                "probleem",
                "doel",
                List.of("bewoners"),
                "data",
                "grondslag",
                "leverancier",
                List.of("GS"),
                List.of("bijlage.pdf")));
  }

  @Test
  void what_is_not_named_is_absent_and_the_rules_still_hold() {
    Intake minimal = Intake.of("t", "q", SubjectType.PLATFORM);

    assertThat(minimal.description()).isNull();
    assertThat(minimal.affectedGroups()).isEmpty();
    assertThat(minimal.attachments()).isEmpty();
    assertThatThrownBy(() -> Intake.builder("t", " ", SubjectType.PLATFORM).owner("o").build())
        .isInstanceOf(CaseRuleViolation.class);
  }
}
