package nl.provincie.ethiek.register.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.provincie.ethiek.register.entry.TestBodies;
import nl.provincie.ethiek.servicekit.events.EventHeaders;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseEventsTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("register"));
  }

  private static ProducerRecord<String, String> record(String topic, UUID eventId, String json) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, "case-1", json);
    record
        .headers()
        .add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
    return record;
  }

  @Test
  void adopted_advice_decision_and_re_evaluation_show_on_the_entry_once_each() {
    ApiClient editor = ApiClient.basic(server.getURL().toString(), "redacteur", "demo-redacteur");
    ApiClient anonymous = ApiClient.anonymous(server.getURL().toString());
    Matcher id =
        ID.matcher(editor.post("/api/v1/algorithms", TestBodies.algorithm("Getoetst")).body());
    assertThat(id.find()).isTrue();
    String entryId = id.group(1);
    editor.post("/api/v1/algorithms/" + entryId + "/publish", "");
    UUID advice = UUID.randomUUID();
    String adviceJson =
        """
        {"eventId":"%s","occurredAt":"2026-01-10T10:00:00Z","caseId":"ZAAK-7",
         "registerEntryIds":["%s","%s"],"confidentiality":"PUBLIC","advice":"POSITIVE","summary":"Gebruik voortzetten met jaarlijkse biastoets.",
         "conditions":[],"someFutureField":1}
        """
            .formatted(advice, entryId, UUID.randomUUID());

    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(
            record(EventTopics.CASE_ADVICE_ADOPTED, advice, adviceJson),
            record(EventTopics.CASE_ADVICE_ADOPTED, advice, adviceJson)));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> anonymous.get("/api/v1/entries/" + entryId).body().contains("ZAAK-7"));

    UUID due = UUID.randomUUID();
    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(
            record(
                EventTopics.CASE_RE_EVALUATION_DUE,
                due,
                """
                {"eventId":"%s","occurredAt":"2026-07-01T00:00:00Z","caseId":"ZAAK-7",
                 "registerEntryIds":["%s"],"confidentiality":"PUBLIC","dueDate":"2026-07-10","trigger":"PERIODIC","reason":"Halfjaarlijkse toets"}
                """
                    .formatted(due, entryId))));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> anonymous.get("/api/v1/entries/" + entryId).body().contains("RE_EVALUATION_DUE"));

    String detail = anonymous.get("/api/v1/entries/" + entryId).body();
    String history = anonymous.get("/api/v1/entries/" + entryId + "/history").body();
    assertThat(detail)
        .contains("\"ethics_case_ids\":[\"ZAAK-7\"]")
        .contains("\"nextReviewDate\":\"2026-07-10\"");
    assertThat(history)
        .contains("Advies van de ethische commissie vastgesteld (zaak ZAAK-7)")
        .contains("Herbeoordeling gepland op 2026-07-10")
        .contains("\"version\":4")
        .doesNotContain("\"version\":5");
  }

  @Test
  void a_recorded_decision_of_a_confidential_case_shows_without_its_summary() throws Exception {
    ApiClient editor = ApiClient.basic(server.getURL().toString(), "redacteur", "demo-redacteur");
    ApiClient anonymous = ApiClient.anonymous(server.getURL().toString());
    Matcher id =
        ID.matcher(editor.post("/api/v1/algorithms", TestBodies.algorithm("Besloten")).body());
    assertThat(id.find()).isTrue();
    String entryId = id.group(1);
    editor.post("/api/v1/algorithms/" + entryId + "/publish", "");
    UUID decision = UUID.randomUUID();

    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(
            record(
                EventTopics.CASE_DECISION_RECORDED,
                decision,
                """
                {"eventId":"%s","occurredAt":"2026-03-31T23:30:00Z","caseId":"ZAAK-9",
                 "registerEntryIds":["%s"],"confidentiality":"CONFIDENTIAL",
                 "summary":"Alleen intern te lezen.","nextReviewDate":"2027-04-01"}
                """
                    .formatted(decision, entryId))));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> anonymous.get("/api/v1/entries/" + entryId).body().contains("DECISION_RECORDED"));

    JsonNode entry = JSON.readTree(anonymous.get("/api/v1/entries/" + entryId).body());
    JsonNode assessment = entry.path("caseAssessment");
    assertThat(assessment.path("status").asText()).isEqualTo("DECISION_RECORDED");
    assertThat(assessment.path("summary").asText())
        .isEqualTo("De ethische commissie heeft deze toepassing beoordeeld (niet-openbare zaak).");
    assertThat(assessment.path("case_id").asText()).isEqualTo("ZAAK-9");
    assertThat(assessment.path("date").asText()).isEqualTo("2026-04-01");
    assertThat(entry.path("nextReviewDate").asText()).isEqualTo("2027-04-01");
    JsonNode history =
        JSON.readTree(anonymous.get("/api/v1/entries/" + entryId + "/history").body());
    assertThat(history.findValuesAsText("changeNote")).contains("Besluit vastgelegd (zaak ZAAK-9)");
  }
}
