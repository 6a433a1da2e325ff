package nl.provincie.ethiek.cases.inbound;

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
import nl.provincie.ethiek.servicekit.events.EventHeaders;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.ApiClient;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterEntrySignalsTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject EmbeddedServer server;
  private ApiClient officer;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("cases"));
  }

  @BeforeEach
  void client() {
    officer = ApiClient.basic(server.getURL().toString(), "ethicus", "demo-ethicus");
  }

  private static ProducerRecord<String, String> entryPublished(
      UUID eventId, UUID entryId, long version, String name) {
    String json =
        """
        {"eventId":"%s","occurredAt":"2026-11-23T09:00:00Z","entryId":"%s","version":%d,
         "name":"%s","organisation":"Provincie Utrecht","description":"d","addedLater":true}
        """
            .formatted(eventId, entryId, version, name);
    ProducerRecord<String, String> record =
        new ProducerRecord<>(EventTopics.REGISTER_ENTRY_PUBLISHED, entryId.toString(), json);
    record
        .headers()
        .add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
    record
        .headers()
        .add(EventHeaders.EVENT_TYPE, "EntryPublished".getBytes(StandardCharsets.UTF_8));
    return record;
  }

  private String signalsFor(UUID entryId) {
    var response = officer.get("/api/v1/intake-signals?subjectId=" + entryId);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void a_published_entry_becomes_one_signal_even_when_delivered_twice() {
    UUID entryId = UUID.randomUUID();
    UUID first = UUID.randomUUID();
    UUID republished = UUID.randomUUID();

    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(
            entryPublished(first, entryId, 2, "Verkeerslichtregeling"),
            entryPublished(first, entryId, 2, "Verkeerslichtregeling"),
            entryPublished(republished, entryId, 4, "Verkeerslichtregeling")));

    // same key, same partition: once the last event is in, both earlier deliveries were handled
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> signalsFor(entryId).contains("\"subjectVersion\":4"));
    String body = signalsFor(entryId);
    assertThat(body).contains("\"total\":2").contains("\"subjectVersion\":2");
    assertThat(body)
        .contains("Provincie Utrecht published \\\"Verkeerslichtregeling\\\" in the register");
  }

  @Test
  void intake_signals_are_for_the_commission_roles_only() {
    ApiClient anonymous = ApiClient.anonymous(server.getURL().toString());
    ApiClient editor = ApiClient.basic(server.getURL().toString(), "redacteur", "demo-redacteur");

    assertThat(anonymous.get("/api/v1/intake-signals").statusCode()).isEqualTo(401);
    assertThat(editor.get("/api/v1/intake-signals").statusCode()).isEqualTo(403);
  }
}
