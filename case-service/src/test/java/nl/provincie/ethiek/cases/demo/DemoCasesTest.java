package nl.provincie.ethiek.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCasesTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");
  private static final String UTRECHT = DemoCaseLoader.idOf("utrecht-sociale-media").toString();

  @Inject EmbeddedServer server;
  @Inject DemoCases demoCases;
  @Inject JsonMapper json;
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

  private JsonNode caseOf(String key) throws IOException {
    return json.readValue(
            officer.ok(officer.get("/api/v1/cases/" + DemoCaseLoader.idOf(key)), 200),
            JsonNode.class)
        .get("ethicsCase");
  }

  private static Instant instant(JsonNode node, String field) {
    return Instant.parse(node.get(field).getStringValue());
  }

  @Test
  void every_demo_case_has_its_advice_before_its_decision_and_its_steps_in_order()
      throws IOException {
    for (String key :
        List.of(
            "utrecht-sociale-media",
            "gids-casus-1-ammoniak",
            "gids-casus-2-satelliet",
            "gids-casus-3-drukte",
            "gids-casus-4-publieke-controle",
            "gids-casus-5-citizen-science")) {
      JsonNode c = caseOf(key);
      LocalDate decidedOn = LocalDate.parse(c.get("decision").get("decidedOn").getStringValue());
      Instant dayOfDecision = decidedOn.atStartOfDay(PROVINCE).toInstant();
      Instant drafted = instant(c.get("advice"), "draftedAt");
      Instant adopted = instant(c.get("advice"), "adoptedAt");
      assertThat(drafted).as(key).isBeforeOrEqualTo(adopted);
      assertThat(adopted).as(key + ": advice adopted before the decision").isBefore(dayOfDecision);
      Instant previous = Instant.MIN;
      JsonNode history = c.get("history");
      for (int i = 0; i < history.size(); i++) {
        Instant at = instant(history.get(i), "at");
        assertThat(at).as(key + " step " + i).isAfterOrEqualTo(previous);
        previous = at;
      }
      assertThat(previous)
          .as(key + ": the history ends by the day after the decision")
          .isBefore(dayOfDecision.plus(Duration.ofDays(2)));
    }
  }

  @Test
  void the_social_media_case_assesses_the_seven_demo_platforms_of_the_register()
      throws IOException {
    JsonNode c = caseOf("utrecht-sociale-media");
    Set<String> named = new HashSet<>();
    JsonNode ids = c.get("registerEntryIds");
    for (int i = 0; i < ids.size(); i++) {
      named.add(ids.get(i).getStringValue());
    }
    // the ids the register gives its demo platforms (EntryId.ofSource("demo:platform:<key>"))
    Set<String> platforms = new HashSet<>();
    for (String platform :
        List.of("x", "facebook", "instagram", "linkedin", "youtube", "bluesky", "mastodon")) {
      platforms.add(
          UUID.nameUUIDFromBytes(
                  ("register-service:demo:platform:" + platform).getBytes(StandardCharsets.UTF_8))
              .toString());
    }
    assertThat(named).isEqualTo(platforms);

    List<ConsumerRecord<String, String>> adopted =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.CASE_ADVICE_ADOPTED,
            record -> UTRECHT.equals(record.key()),
            1,
            Duration.ofSeconds(20));
    JsonNode event = json.readValue(adopted.get(0).value(), JsonNode.class);
    assertThat(event.get("registerEntryIds").size()).isEqualTo(7);
    assertThat(Instant.parse(event.get("occurredAt").getStringValue()))
        .isBefore(LocalDate.parse("2025-05-01").atStartOfDay(PROVINCE).toInstant());
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}
