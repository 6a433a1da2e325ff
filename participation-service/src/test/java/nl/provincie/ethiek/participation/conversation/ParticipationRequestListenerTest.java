package nl.provincie.ethiek.participation.conversation;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipationRequestListenerTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(INFRA.newDatabase("participation"));
  }

  private static ProducerRecord<String, String> request(
      UUID eventId, UUID caseId, String question) {
    String json =
        """
        {"eventId":"%s","occurredAt":"2026-11-23T09:00:00Z","caseId":"%s",
         "registerEntryIds":[],"confidentiality":"PUBLIC","requestId":"%s",
         "question":"%s","targetGroups":["inwoners"]}
        """
            .formatted(eventId, caseId, UUID.randomUUID(), question);
    ProducerRecord<String, String> record =
        new ProducerRecord<>(EventTopics.CASE_PARTICIPATION_REQUESTED, caseId.toString(), json);
    record
        .headers()
        .add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
    return record;
  }

  @Test
  void a_case_request_becomes_one_draft_conversation_even_when_delivered_twice() {
    UUID caseId = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();
    ApiClient moderator =
        ApiClient.basic(server.getURL().toString(), "moderator", "demo-moderator");
    String question = "Hoe moet de provincie omgaan met X?";

    KafkaTopics.send(
        INFRA.bootstrapServers(),
        List.of(request(eventId, caseId, question), request(eventId, caseId, question)));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                moderator
                    .get("/api/v1/conversations/all?caseId=" + caseId)
                    .body()
                    .contains("\"total\":1"));
    String body = moderator.get("/api/v1/conversations/all?caseId=" + caseId).body();
    assertThat(body).contains("\"state\":\"DRAFT\"").contains(question).contains(caseId.toString());
  }
}
