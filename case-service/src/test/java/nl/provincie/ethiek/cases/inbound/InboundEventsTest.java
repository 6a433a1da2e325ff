package nl.provincie.ethiek.cases.inbound;

import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.cases.CaseApi;
import nl.provincie.ethiek.servicekit.events.EventHeaders;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundEventsTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject EmbeddedServer server;
  private CaseApi officer;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("cases"));
  }

  @BeforeEach
  void client() {
    officer = CaseApi.as(server.getURL().toString(), "ethicus", "demo-ethicus");
  }

  private static ProducerRecord<String, String> record(
      String topic, String key, UUID eventId, String json) {
    ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, json);
    r.headers().add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
    return r;
  }

  private static String entry(UUID eventId, UUID entryId, String name, String extra) {
    return """
        {"eventId":"%s","occurredAt":"2026-11-23T09:00:00Z","entryId":"%s","version":1,
         "name":"%s","organisation":"Provincie Utrecht","description":"d"%s}
        """
        .formatted(eventId, entryId, name, extra);
  }

  private String driver() {
    return officer.ok(officer.get("/api/v1/worklists/driver"), 200);
  }

  @Test
  void an_entry_meeting_the_criteria_proposes_one_case_with_its_reason_despite_a_duplicate() {
    UUID entryId = UUID.randomUUID();
    UUID plainEntry = UUID.randomUUID();
    UUID event = UUID.randomUUID();
    String published =
        entry(
            event,
            entryId,
            "Subsidiecontrole",
            ",\"publicationCategory\":\"Impactvolle algoritmes\",\"personalData\":true,\"futureField\":{\"x\":1}");

    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(
            record(
                EventTopics.REGISTER_ENTRY_PUBLISHED,
                plainEntry.toString(),
                UUID.randomUUID(),
                entry(UUID.randomUUID(), plainEntry, "Kaartviewer", "")),
            record(EventTopics.REGISTER_ENTRY_PUBLISHED, entryId.toString(), event, published),
            record(EventTopics.REGISTER_ENTRY_PUBLISHED, entryId.toString(), event, published),
            record(
                EventTopics.REGISTER_ENTRY_PUBLISHED,
                entryId.toString(),
                UUID.randomUUID(),
                entry(UUID.randomUUID(), entryId, "Subsidiecontrole", ",\"personalData\":true"))));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                officer
                    .get("/api/v1/intake-signals?subjectId=" + entryId)
                    .body()
                    .contains("\"total\":2"));
    await().atMost(Duration.ofSeconds(30)).until(() -> driver().contains("Subsidiecontrole"));
    // the duplicate and the next version (same key, so after the first) add no second proposal
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .until(() -> driver().split("Subsidiecontrole", -1).length == 2);
    String driver = driver();
    assertThat(driver)
        .contains("REGISTER_PROPOSAL")
        .contains("impactvol algoritme, verwerkt persoonsgegevens")
        .contains(entryId.toString())
        .doesNotContain("Kaartviewer");
  }

  @Test
  void the_registers_own_event_with_personal_data_proposes_a_case() {
    UUID entryId = UUID.randomUUID();
    UUID event = UUID.randomUUID();
    String published =
        """
        {"eventId":"%s","occurredAt":"2026-12-01T09:00:00Z","entryId":"%s","version":1,
         "name":"Leerlingenvervoer","organisation":"Provincie Utrecht","description":"Plant ritten",
         "kind":"ALGORITHM","publicationCategory":"Overige algoritmes","useStatus":"In gebruik",
         "themes":["Mobiliteit"],"aiActRiskGroup":null,"changeNote":null,"ethicsCaseIds":[],
         "personalData":true,"residentFacing":false}
        """
            .formatted(event, entryId);

    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(
            record(EventTopics.REGISTER_ENTRY_PUBLISHED, entryId.toString(), event, published)));

    await().atMost(Duration.ofSeconds(30)).until(() -> driver().contains("Leerlingenvervoer"));
    assertThat(driver()).contains("Voorgesteld vanuit het register: verwerkt persoonsgegevens");
  }

  @Test
  void an_entry_the_register_already_links_to_an_ethics_case_proposes_none() {
    UUID linked = UUID.randomUUID();
    UUID unlinked = UUID.randomUUID();
    String platform = ",\"kind\":\"PLATFORM\",\"ethicsCaseIds\":[\"" + UUID.randomUUID() + "\"]";

    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(
            record(
                EventTopics.REGISTER_ENTRY_PUBLISHED,
                linked.toString(),
                UUID.randomUUID(),
                entry(UUID.randomUUID(), linked, "Gekoppeld platform", platform)),
            record(
                EventTopics.REGISTER_ENTRY_PUBLISHED,
                unlinked.toString(),
                UUID.randomUUID(),
                entry(
                    UUID.randomUUID(),
                    unlinked,
                    "Los platform",
                    ",\"kind\":\"PLATFORM\",\"ethicsCaseIds\":[]"))));

    // same partition order is not guaranteed across keys: wait for the unlinked one's proposal,
    // then make sure the linked one never gets one
    await().atMost(Duration.ofSeconds(30)).until(() -> driver().contains("Los platform"));
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> !driver().contains("Gekoppeld platform"));
  }

  @Test
  void a_published_participation_report_is_attached_to_its_case_once() {
    CaseApi secretary = CaseApi.as(server.getURL().toString(), "secretaris", "demo-secretaris");
    String caseId =
        CaseApi.firstId(
            secretary.ok(
                secretary.post("/api/v1/cases", newCase("Luchtkwaliteit", "PUBLIC")), 201));
    UUID conversation = UUID.randomUUID();
    UUID event = UUID.randomUUID();
    String report =
        """
        {"eventId":"%s","occurredAt":"2026-11-20T10:00:00Z","conversationId":"%s","caseId":"%s",
         "title":"Meten in je straat","groups":[{"label":"A","size":40,"representativeStatements":["Sensoren helpen"]},
         {"label":"B","size":25,"representativeStatements":["Data moet open"]}],
         "consensusStatements":["Uitkomsten delen met bewoners"],"participantCount":65,"voteCount":900,
         "statementCount":31,"somethingNew":"ignored"}
        """
            .formatted(event, conversation, caseId);

    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(
            record(
                EventTopics.PARTICIPATION_REPORT_PUBLISHED, conversation.toString(), event, report),
            record(
                EventTopics.PARTICIPATION_REPORT_PUBLISHED,
                conversation.toString(),
                event,
                report)));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                officer
                    .get("/api/v1/cases/" + caseId)
                    .body()
                    .contains("Uitkomsten delen met bewoners"));
    String used =
        secretary.ok(
            secretary.post(
                "/api/v1/cases/" + caseId + "/participation/" + conversation + "/use",
                "{\"howUsed\":\"Voorwaarde in het advies\"}"),
            200);
    assertThat(used)
        .contains("\"participantCount\":65")
        .contains("\"howUsed\":\"Voorwaarde in het advies\"");
    String audit = officer.ok(officer.get("/api/v1/cases/" + caseId + "/audit"), 200);
    assertThat(audit.split("participation report attached", -1)).hasSize(2);
  }
}
