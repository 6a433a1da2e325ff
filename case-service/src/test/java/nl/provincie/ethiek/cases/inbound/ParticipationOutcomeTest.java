package nl.provincie.ethiek.cases.inbound;

import static nl.provincie.ethiek.cases.CaseApi.json;
import static nl.provincie.ethiek.cases.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.json.tree.JsonNode;
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

/**
 * "What happened with your input": the report as the participation service publishes it keeps each
 * group's stance, and the recorded use reaches the public view (docs/adr/0034).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipationOutcomeTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject EmbeddedServer server;
  private CaseApi secretary;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("cases"));
  }

  @BeforeEach
  void client() {
    secretary = CaseApi.as(server.getURL().toString(), "secretaris", "demo-secretaris");
  }

  /** The shape participation-service's ReportPublished has: groups with directions. */
  private static String report(UUID event, UUID conversation, String caseId) {
    return """
        {"eventId":"%s","occurredAt":"2026-11-20T10:00:00Z","conversationId":"%s","caseId":"%s",
         "title":"Camera's langs de weg",
         "groups":[{"id":0,"label":"Groep A","size":40,"representative":[
            {"statementId":"aaaaaaaa-0000-0000-0000-000000000001","number":1,
             "text":"Camera's maken de weg veiliger","direction":"agree","successes":36,"trials":40,
             "probability":0.88,"repness":2.1}],
            "representativeStatements":["Camera's maken de weg veiliger"]},
          {"id":1,"label":"Groep B","size":25,"representative":[
            {"statementId":"aaaaaaaa-0000-0000-0000-000000000001","number":1,
             "text":"Camera's maken de weg veiliger","direction":"disagree","successes":20,
             "trials":25,"probability":0.78,"repness":1.9}],
            "representativeStatements":["Camera's maken de weg veiliger"]}],
         "consensusStatements":["Beelden snel wissen"],
         "consensus":{"agree":[],"disagree":[]},"groupInformedConsensus":[],
         "participantCount":65,"voteCount":900,"statementCount":31,"tick":7}
        """
        .formatted(event, conversation, caseId);
  }

  private void publish(UUID conversation, String caseId) {
    UUID event = UUID.randomUUID();
    ProducerRecord<String, String> r =
        new ProducerRecord<>(
            EventTopics.PARTICIPATION_REPORT_PUBLISHED,
            conversation.toString(),
            report(event, conversation, caseId));
    r.headers().add(EventHeaders.EVENT_ID, event.toString().getBytes(StandardCharsets.UTF_8));
    KafkaTopics.send(INFRA.bootstrapServers(), List.of(r));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              JsonNode inputs =
                  json(secretary.get("/api/v1/cases/" + caseId).body())
                      .get("ethicsCase")
                      .get("participationInputs");
              return inputs != null && inputs.size() == 1;
            });
  }

  @Test
  void the_case_keeps_whether_each_group_agreed_or_disagreed() {
    String caseId =
        CaseApi.firstId(
            secretary.ok(
                secretary.post("/api/v1/cases", newCase("Trajectcontrole", "INTERNAL")), 201));
    UUID conversation = UUID.randomUUID();

    publish(conversation, caseId);

    JsonNode groups =
        json(secretary.ok(secretary.get("/api/v1/cases/" + caseId), 200))
            .get("ethicsCase")
            .get("participationInputs")
            .get(0)
            .get("groups");
    JsonNode a = groups.get(0).get("representative").get(0);
    JsonNode b = groups.get(1).get("representative").get(0);
    assertThat(a.get("text").getStringValue()).isEqualTo("Camera's maken de weg veiliger");
    assertThat(a.get("stance").getStringValue()).isEqualTo("AGREE");
    assertThat(a.get("successes").getIntValue()).isEqualTo(36);
    assertThat(a.get("trials").getIntValue()).isEqualTo(40);
    assertThat(b.get("stance").getStringValue()).isEqualTo("DISAGREE");
    JsonNode textsOnly = groups.get(1).get("representativeStatements");
    assertThat(textsOnly == null || textsOnly.size() == 0).isTrue();

    String html = secretary.ok(secretary.get("/api/v1/cases/" + caseId + "/report"), 200);
    assertThat(html)
        .contains("Camera&#39;s maken de weg veiliger - eens (36 van 40 stemmen)")
        .contains("Camera&#39;s maken de weg veiliger - oneens (20 van 25 stemmen)");
  }

  @Test
  void the_recorded_use_is_in_the_public_view() {
    String caseId =
        CaseApi.firstId(
            secretary.ok(secretary.post("/api/v1/cases", newCase("Flitspalen", "PUBLIC")), 201));
    UUID conversation = UUID.randomUUID();
    CaseApi anonymous = CaseApi.anonymous(server.getURL().toString());
    publish(conversation, caseId);

    JsonNode received =
        json(anonymous.ok(anonymous.get("/api/v1/public/cases/" + caseId), 200))
            .get("participation")
            .get(0);
    assertThat(received.get("conversationId").getStringValue()).isEqualTo(conversation.toString());
    assertThat(received.get("participantCount").getIntValue()).isEqualTo(65);
    assertThat(received.get("howUsed") == null || received.get("howUsed").isNull()).isTrue();

    secretary.ok(
        secretary.post(
            "/api/v1/cases/" + caseId + "/participation/" + conversation + "/use",
            "{\"howUsed\":\"De zorg over privacy is een voorwaarde in het advies.\"}"),
        200);

    JsonNode used =
        json(anonymous.ok(anonymous.get("/api/v1/public/cases/" + caseId), 200))
            .get("participation")
            .get(0);
    assertThat(used.get("title").getStringValue()).isEqualTo("Camera's langs de weg");
    assertThat(used.get("howUsed").getStringValue())
        .isEqualTo("De zorg over privacy is een voorwaarde in het advies.");
    JsonNode listed = json(anonymous.ok(anonymous.get("/api/v1/public/cases"), 200)).get("items");
    boolean found = false;
    for (int i = 0; i < listed.size(); i++) {
      if (caseId.equals(listed.get(i).get("id").getStringValue())) {
        found = true;
        assertThat(listed.get(i).get("participation").get(0).get("howUsed").getStringValue())
            .isEqualTo("De zorg over privacy is een voorwaarde in het advies.");
      }
    }
    assertThat(found).isTrue();
  }
}
