package nl.provincie.ethiek.register.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.provincie.ethiek.register.delivery.OfficialSchemas;
import nl.provincie.ethiek.register.entry.EntryId;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAndImportTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  /** The case service's demo case about social media (its DemoCaseLoader.idOf). */
  private static final String SOCIAL_MEDIA_CASE =
      UUID.nameUUIDFromBytes(
              "case-service:demo:utrecht-sociale-media".getBytes(StandardCharsets.UTF_8))
          .toString();

  @Inject EmbeddedServer server;
  @Inject DemoData demoData;
  private ApiClient editor;
  private ApiClient anonymous;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties =
        new HashMap<>(INFRA.micronautProperties(INFRA.newDatabase("register")));
    properties.put("register.demo-data.enabled", "true");
    return properties;
  }

  @BeforeEach
  void clients() {
    editor = ApiClient.basic(server.getURL().toString(), "redacteur", "demo-redacteur");
    anonymous = ApiClient.anonymous(server.getURL().toString());
  }

  @Test
  void the_demo_register_holds_utrechts_algorithms_and_platforms_and_loads_once() {
    demoData.onStartup(null);

    String algorithms = anonymous.get("/api/v1/algorithms?organisation=Provincie%20Utrecht").body();
    String platforms = anonymous.get("/api/v1/platforms").body();
    assertThat(algorithms).contains("\"total\":8").contains("Netwerkanalyse Verkeersveiligheid");
    assertThat(platforms)
        .contains("\"total\":7")
        .contains("\"name\":\"X\"")
        .contains("\"name\":\"YouTube\"")
        .contains("\"name\":\"Mastodon\"");
    assertThat(anonymous.get("/api/v1/platforms?useStatus=In%20verkenning").body())
        .contains("\"total\":2")
        .contains("Bluesky");
    assertThat(anonymous.get("/api/v1/entries?q=Onafhankelijkheid&kind=PLATFORM").body())
        .contains("\"nextReviewDate\":\"" + nextSixMonthlyAfterToday() + "\"");
  }

  /** The case service's rule for its demo case (DemoCaseLoader.nextAfter from 2025-05-01). */
  private static String nextSixMonthlyAfterToday() {
    LocalDate next = LocalDate.parse("2025-05-01").plusMonths(6);
    while (!next.isAfter(LocalDate.now(ZoneId.of("Europe/Amsterdam")))) {
      next = next.plusMonths(6);
    }
    return YearMonth.from(next).toString();
  }

  @Test
  void the_demo_platforms_are_those_the_demo_case_assesses_and_raise_no_proposal()
      throws IOException {
    demoData.onStartup(null);
    Set<String> platformIds = new HashSet<>();
    for (String key :
        List.of("x", "facebook", "instagram", "linkedin", "youtube", "bluesky", "mastodon")) {
      platformIds.add(EntryId.ofSource("demo:platform:" + key).toString());
    }
    JsonNode page =
        OfficialSchemas.JSON.readTree(anonymous.get("/api/v1/platforms?size=200").body());
    Set<String> listed = new HashSet<>();
    for (JsonNode item : page.get("items")) {
      String id = item.get("id").asText();
      listed.add(id);
      JsonNode detail =
          OfficialSchemas.JSON.readTree(anonymous.get("/api/v1/platforms/" + id).body());
      assertThat(detail.path("internal").path("ethics_case_ids").size()).isEqualTo(1);
      assertThat(detail.path("internal").path("ethics_case_ids").get(0).asText())
          .isEqualTo(SOCIAL_MEDIA_CASE);
      YearMonth next = YearMonth.parse(detail.path("nextReviewDate").asText().substring(0, 7));
      assertThat(next.atDay(1)).isAfter(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
      assertThat(next.toString()).isEqualTo(nextSixMonthlyAfterToday());
    }
    assertThat(listed).isEqualTo(platformIds);

    List<ConsumerRecord<String, String>> published =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(),
            EventTopics.REGISTER_ENTRY_PUBLISHED,
            record -> platformIds.contains(record.key()),
            7,
            Duration.ofSeconds(20));
    assertThat(published).hasSize(7);
    for (ConsumerRecord<String, String> event : published) {
      JsonNode payload = OfficialSchemas.JSON.readTree(event.value());
      assertThat(payload.path("ethicsCaseIds").get(0).asText()).isEqualTo(SOCIAL_MEDIA_CASE);
    }
  }

  @Test
  void importing_the_listing_takes_over_every_entry_once_with_valid_payloads() throws IOException {
    String listing;
    try (InputStream in =
        getClass().getResourceAsStream("/algoritmeregister/provincie-entries-2026.json")) {
      listing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    String first = editor.post("/api/v1/imports/national-listing", listing).body();
    String second = editor.post("/api/v1/imports/national-listing", listing).body();

    assertThat(first).contains("\"imported\":54").contains("\"alreadyPresent\":8");
    assertThat(second).contains("\"imported\":0").contains("\"alreadyPresent\":62");
    assertThat(anonymous.get("/api/v1/algorithms?size=1").body()).contains("\"total\":62");
    assertThat(anonymous.get("/api/v1/algorithms?q=Polis").body())
        .contains("Provincie Zuid-Holland");
    JsonNode payloads =
        OfficialSchemas.JSON.readTree(editor.get("/api/v1/delivery/algorithm-in").body());
    assertThat(payloads.size()).isEqualTo(62);
    for (JsonNode payload : payloads) {
      assertThat(OfficialSchemas.validateAlgorithmIn(payload)).as(payload.toString()).isEmpty();
    }
    String detail = anonymous.get("/api/v1/algorithms?q=Asfaltdegradatie").body();
    assertThat(detail).contains("Registratie overgenomen uit het landelijke Algoritmeregister");
  }
}
