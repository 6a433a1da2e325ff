package nl.provincie.ethiek.register.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriageFactsTest {

  private static AlgorithmFields algorithm(String category, List<LinkItem> assessments) {
    return new AlgorithmFields(
        "Verkeersmodel",
        "Voorspelt drukte.",
        "Provincie Utrecht",
        List.of("Verkeer"),
        AlgorithmFields.IN_USE,
        null,
        null,
        "algoritmes@provincie-utrecht.nl",
        null,
        category,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        assessments,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static InternalFields dpia(String date, String link) {
    return new InternalFields(null, null, date, link, null, null, null, null, List.of());
  }

  private static PlatformFields platform() {
    return new PlatformFields(
        "Mastodon",
        "Provincie Utrecht",
        "Kanaal.",
        PlatformFields.EXPLORING,
        "Nieuws delen.",
        List.of("Inwoners"),
        false,
        null,
        "Alleen openbare informatie.",
        null,
        null,
        List.of(),
        null,
        null);
  }

  @Test
  void an_entry_with_a_dpia_date_or_link_processes_personal_data() {
    AlgorithmFields fields = algorithm(AlgorithmFields.OTHER, List.of());

    assertThat(TriageFacts.personalData(EntryContent.ofAlgorithm(fields, dpia("2024-01-15", null))))
        .isTrue();
    assertThat(
            TriageFacts.personalData(
                EntryContent.ofAlgorithm(fields, dpia(null, "https://example.org/dpia"))))
        .isTrue();
    assertThat(
            TriageFacts.personalData(EntryContent.ofPlatform(platform(), dpia("2025-02-01", null))))
        .isTrue();
  }

  @Test
  void an_algorithm_whose_impact_assessments_name_a_dpia_or_geb_processes_personal_data() {
    for (String title :
        List.of(
            "DPIA",
            "Data Protection Impact Assessment (DPIA)",
            "GEB",
            "Gegevensbeschermingseffectbeoordeling")) {
      AlgorithmFields fields =
          algorithm(
              AlgorithmFields.OTHER,
              List.of(new LinkItem("IAMA", null), new LinkItem(title, null)));

      assertThat(TriageFacts.personalData(EntryContent.ofAlgorithm(fields, InternalFields.NONE)))
          .as(title)
          .isTrue();
    }
  }

  @Test
  void a_pre_scan_or_another_assessment_is_no_evidence_of_personal_data() {
    AlgorithmFields fields =
        algorithm(
            AlgorithmFields.IMPACTFUL,
            List.of(new LinkItem("Pre-scan DPIA", null), new LinkItem("IAMA", null)));

    assertThat(TriageFacts.personalData(EntryContent.ofAlgorithm(fields, InternalFields.NONE)))
        .isFalse();
    assertThat(TriageFacts.personalData(EntryContent.ofPlatform(platform(), InternalFields.NONE)))
        .isFalse();
  }

  @Test
  void platforms_and_impactful_or_high_risk_algorithms_face_residents() {
    assertThat(TriageFacts.residentFacing(EntryContent.ofPlatform(platform(), InternalFields.NONE)))
        .isTrue();
    for (String category : List.of(AlgorithmFields.IMPACTFUL, AlgorithmFields.HIGH_RISK_AI)) {
      assertThat(
              TriageFacts.residentFacing(
                  EntryContent.ofAlgorithm(algorithm(category, List.of()), InternalFields.NONE)))
          .as(category)
          .isTrue();
    }
  }

  @Test
  void other_algorithms_do_not_face_residents() {
    assertThat(
            TriageFacts.residentFacing(
                EntryContent.ofAlgorithm(
                    algorithm(AlgorithmFields.OTHER, List.of()), InternalFields.NONE)))
        .isFalse();
  }
}
