package nl.provincie.ethiek.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCasesTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final String UTRECHT = DemoCaseLoader.idOf("utrecht-sociale-media").toString();

  @Inject EmbeddedServer server;
  @Inject DemoCases demoCases;
  private CaseApi officer;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties =
        new HashMap<>(INFRA.micronautProperties(INFRA.newDatabase("cases")));
    properties.put("cases.demo-data.enabled", "true");
    return properties;
  }

  @BeforeEach
  void client() {
    officer = CaseApi.as(server.getURL().toString(), "ethicus", "demo-ethicus");
  }

  @Test
  void the_loader_runs_twice_and_creates_the_six_cases_once() {
    int again = demoCases.load();

    String list = officer.ok(officer.get("/api/v1/cases"), 200);
    assertThat(again).isZero();
    assertThat(count(list, "\"origin\":\"DEMO_DATA\"")).isEqualTo(6);
    assertThat(count(list, "\"state\":\"CLOSED\"")).isEqualTo(5);
    assertThat(count(list, "Gebruik van sociale mediaplatformen door Provincie Utrecht"))
        .isEqualTo(1);
    assertThat(list)
        .contains("Real-time meten van ammoniakemissies")
        .contains("Satellietobservatie")
        .contains("bezoekersaantallen in recreatiegebieden")
        .contains("Publieke controle op algoritmes")
        .contains("Citizen science rond luchtkwaliteit");
    String publicView =
        CaseApi.anonymous(server.getURL().toString()).get("/api/v1/public/cases").body();
    assertThat(publicView).contains("\"total\":6").contains(UTRECHT).contains("Bluesky");
  }

  @Test
  void utrechts_social_media_assessment_is_in_follow_up_with_a_six_monthly_re_evaluation() {
    String utrecht = officer.ok(officer.get("/api/v1/cases/" + UTRECHT), 200);

    assertThat(utrecht)
        .contains("\"state\":\"IN_FOLLOW_UP\"")
        .contains("\"instrumentId\":\"waardengesprek\",\"instrumentVersion\":\"2021\"")
        .contains("\"periodMonths\":6")
        .contains("\"decisionMaker\":\"GS\"")
        .contains("Bluesky")
        .contains("\"discipline\":\"Griffie\"");
    assertThat(count(utrecht, "\"framework\":\"utrecht-communicatie@2025\"")).isEqualTo(8);
    assertThat(utrecht)
        .containsPattern(
            "\"valueName\":\"Onafhankelijkheid\",\"catalogued\":true,\"influence\":\"MUCH\"");
    assertThat(count(utrecht, "\"influence\":\"MODERATE\"")).isEqualTo(2);
    assertThat(count(utrecht, "\"influence\":\"NONE\"")).isEqualTo(5);
    var due = Pattern.compile("\"dueDate\":\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(utrecht);
    assertThat(due.find()).isTrue();
    assertThat(LocalDate.parse(due.group(1))).isAfter(LocalDate.now().minusDays(1));

    String audit = officer.ok(officer.get("/api/v1/cases/" + UTRECHT + "/audit"), 200);
    assertThat(audit)
        .contains("case opened (demo data)")
        .contains("value assessed: Onafhankelijkheid")
        .contains("decision recorded")
        .contains("re-evaluation scheduled")
        .contains("\"actor\":\"demo-data\"");
    assertThat(officer.ok(officer.get("/api/v1/audit/verify"), 200)).contains("\"intact\":true");
  }

  @Test
  void the_guide_cases_keep_their_instrument_values_and_insights() {
    String satellite =
        officer.ok(
            officer.get("/api/v1/cases/" + DemoCaseLoader.idOf("gids-casus-2-satelliet")), 200);

    assertThat(satellite)
        .contains("\"state\":\"CLOSED\"")
        .contains("\"instrumentId\":\"begeleidingsethiek\"")
        .contains("\"valueName\":\"Eerlijkheid\",\"catalogued\":false")
        .contains("function creep");
  }

  @Test
  void the_re_evaluation_date_follows_the_cadence_from_the_decision() {
    assertThat(
            DemoCaseLoader.nextAfter(
                LocalDate.parse("2025-05-01"), 6, LocalDate.parse("2026-11-23")))
        .isEqualTo(LocalDate.parse("2027-05-01"));
    assertThat(
            DemoCaseLoader.nextAfter(
                LocalDate.parse("2025-05-01"), 6, LocalDate.parse("2025-10-31")))
        .isEqualTo(LocalDate.parse("2025-11-01"));
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}
