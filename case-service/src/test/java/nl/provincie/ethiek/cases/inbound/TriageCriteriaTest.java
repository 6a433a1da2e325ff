package nl.provincie.ethiek.cases.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The triage criteria read from register.entry-published.v1 as the register sends it. */
class TriageCriteriaTest {

  private static final JsonMapper JSON = JsonMapper.createDefault();

  /** An event with every field register-service's EntryPublished has, plus the two new facts. */
  private static RegisterEntryPublished published(String kind, String facts) throws IOException {
    return published(kind, "Overige algoritmes", "null", facts);
  }

  private static RegisterEntryPublished published(
      String kind, String category, String riskGroup, String facts) throws IOException {
    String event =
        """
        {"eventId":"4f7c1a52-58a4-4c4e-9d0b-1f3b1b0c2a10","occurredAt":"2026-12-01T09:00:00Z",
         "entryId":"0b6d2b8e-7d1a-4a43-8f51-3c9e6f1d2e77","version":3,"name":"Subsidiecheck",
         "organisation":"Provincie Utrecht","description":"Controleert aanvragen",
         "kind":"%s","publicationCategory":"%s","useStatus":"In gebruik",
         "themes":["Subsidies"],"aiActRiskGroup":%s,"changeNote":"Nieuwe versie",
         "ethicsCaseIds":[]%s}
        """
            .formatted(kind, category, riskGroup, facts);
    return JSON.readValue(event, RegisterEntryPublished.class);
  }

  @Test
  void personal_data_in_the_event_proposes_a_case() throws IOException {
    RegisterEntryPublished entry =
        published("ALGORITHM", ",\"personalData\":true,\"residentFacing\":false");

    assertThat(entry.personalData()).isTrue();
    assertThat(TriageCriteria.reasons(entry)).containsExactly(TriageCriteria.PERSONAL_DATA);
  }

  @Test
  void resident_facing_in_the_event_proposes_a_case() throws IOException {
    RegisterEntryPublished entry =
        published("ALGORITHM", ",\"personalData\":false,\"residentFacing\":true");

    assertThat(TriageCriteria.reasons(entry)).containsExactly(TriageCriteria.RESIDENT_FACING);
  }

  @Test
  void an_older_event_without_the_two_facts_reads_them_as_false() throws IOException {
    RegisterEntryPublished entry = published("ALGORITHM", "");

    assertThat(entry.personalData()).isFalse();
    assertThat(entry.residentFacing()).isFalse();
    assertThat(entry.namesAnEthicsCase()).isFalse();
    assertThat(TriageCriteria.reasons(entry)).isEmpty();
  }

  @Test
  void a_platform_is_resident_facing_as_before() throws IOException {
    assertThat(TriageCriteria.reasons(published("PLATFORM", "")))
        .containsExactly(TriageCriteria.RESIDENT_FACING);
  }

  @Test
  void category_and_risk_group_still_count() throws IOException {
    RegisterEntryPublished highRisk = published("ALGORITHM", "Hoog-risico AI-systeem", "null", "");
    RegisterEntryPublished impactful = published("ALGORITHM", "Impactvolle algoritmes", "null", "");
    RegisterEntryPublished riskGroup =
        published(
            "ALGORITHM", "Overige algoritmes", "\"hoog-risico AI\"", ",\"personalData\":true");

    assertThat(TriageCriteria.reasons(highRisk)).containsExactly(TriageCriteria.HIGH_RISK_AI);
    assertThat(TriageCriteria.reasons(impactful)).containsExactly(TriageCriteria.IMPACTFUL);
    assertThat(TriageCriteria.reasons(riskGroup))
        .containsExactly(TriageCriteria.HIGH_RISK_AI, TriageCriteria.PERSONAL_DATA);
  }
}
