package nl.provincie.ethiek.cases;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventHeaders;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Register events as the register service sends them, for tests that need a known entry. */
public final class RegisterEvents {

  private RegisterEvents() {}

  /** Publishes the entry on register.entry-published.v1 and waits until the case service has it. */
  public static void publishEntry(RealInfrastructure infra, CaseApi staff, UUID entryId) {
    UUID event = UUID.randomUUID();
    ProducerRecord<String, String> r =
        new ProducerRecord<>(
            EventTopics.REGISTER_ENTRY_PUBLISHED,
            entryId.toString(),
            """
            {"eventId":"%s","occurredAt":"2026-11-23T09:00:00Z","entryId":"%s","version":1,
             "name":"Parkeerscan","organisation":"Provincie Utrecht","description":"d"}
            """
                .formatted(event, entryId));
    r.headers().add(EventHeaders.EVENT_ID, event.toString().getBytes(StandardCharsets.UTF_8));
    KafkaTopics.send(infra.bootstrapServers(), List.of(r));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                staff
                    .get("/api/v1/intake-signals?subjectId=" + entryId)
                    .body()
                    .contains("\"subjectId\":\"" + entryId + "\""));
  }
}
