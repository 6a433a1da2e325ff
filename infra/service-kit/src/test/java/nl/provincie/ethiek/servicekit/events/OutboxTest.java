package nl.provincie.ethiek.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxTest implements TestPropertyProvider {

  private static final RealInfrastructure INFRA = RealInfrastructure.shared();
  private final String database = INFRA.newDatabase("outbox");

  @Inject Outbox outbox;
  @Inject TransactionOperations<Connection> transactions;

  @Override
  public Map<String, String> getProperties() {
    return INFRA.micronautProperties(database);
  }

  private OutboxRows rows() {
    return new OutboxRows(INFRA.jdbcUrl(database), INFRA.username(), INFRA.password());
  }

  /**
   * No row and, since the relay deletes a row once Kafka has its event, no record on the topic
   * either (given the relay's 100 ms passes a second and a half to show up).
   */
  private void assertNothingSent(String topic, NoteWritten event) {
    assertThat(rows().find(event.eventId())).isNull();
    assertThat(
            KafkaTopics.readMatching(
                INFRA.bootstrapServers(), topic, r -> true, 1, Duration.ofMillis(1_500)))
        .isEmpty();
  }

  private static String newTopic() {
    return "test.note-written-" + UUID.randomUUID().toString().substring(0, 8) + ".v1";
  }

  @Test
  void committed_event_reaches_kafka_with_key_and_event_id_header() {
    String topic = newTopic();
    NoteWritten event = NoteWritten.of("hallo");

    transactions.executeWrite(
        status -> {
          outbox.append(topic, "aggregate-1", event);
          return null;
        });

    List<ConsumerRecord<String, String>> records =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(), topic, r -> true, 1, Duration.ofSeconds(20));
    assertThat(records).hasSize(1);
    ConsumerRecord<String, String> record = records.get(0);
    assertThat(record.key()).isEqualTo("aggregate-1");
    assertThat(record.value()).contains("\"text\":\"hallo\"").contains(event.eventId().toString());
    assertThat(ConsumedEvent.eventId(record)).isEqualTo(event.eventId());
    assertThat(ConsumedEvent.eventType(record)).contains("NoteWritten");
    await().atMost(Duration.ofSeconds(10)).until(() -> rows().published(event.eventId()));
  }

  @Test
  void a_batch_of_events_reaches_kafka_in_order_with_their_keys() {
    String topic = newTopic();
    List<NoteWritten> events =
        List.of(NoteWritten.of("een"), NoteWritten.of("twee"), NoteWritten.of("drie"));

    transactions.executeWrite(
        status -> {
          outbox.appendAll(
              topic, events.stream().map(e -> new Outbox.Keyed("same-aggregate", e)).toList());
          return null;
        });

    List<ConsumerRecord<String, String>> records =
        KafkaTopics.readMatching(
            INFRA.bootstrapServers(), topic, r -> true, 3, Duration.ofSeconds(20));
    assertThat(records)
        .extracting(ConsumedEvent::eventId)
        .containsExactly(events.get(0).eventId(), events.get(1).eventId(), events.get(2).eventId());
    assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo("same-aggregate"));
  }

  @Test
  void a_batch_outside_a_transaction_is_refused() {
    NoteWritten event = NoteWritten.of("loose batch");

    String topic = newTopic();
    assertThatThrownBy(
            () -> outbox.appendAll(topic, List.of(new Outbox.Keyed("aggregate-4", event))))
        .hasMessageContaining("transaction");
    assertNothingSent(topic, event);
  }

  @Test
  void rolled_back_transaction_leaves_no_event() {
    NoteWritten event = NoteWritten.of("never");
    String topic = newTopic();

    assertThatThrownBy(
            () ->
                transactions.executeWrite(
                    status -> {
                      outbox.append(topic, "aggregate-2", event);
                      throw new IllegalStateException("business rule failed");
                    }))
        .hasMessageContaining("business rule failed");

    assertNothingSent(topic, event);
  }

  @Test
  void appending_outside_a_transaction_is_refused() {
    NoteWritten event = NoteWritten.of("loose");

    String topic = newTopic();
    assertThatThrownBy(() -> outbox.append(topic, "aggregate-3", event))
        .hasMessageContaining("transaction");
    assertNothingSent(topic, event);
  }

  @Test
  void events_wait_while_kafka_is_unreachable_and_are_delivered_once_it_is_back() {
    // a database of its own, so that only the service instances started here relay its outbox
    String ownDatabase = INFRA.newDatabase("outbox_down");
    OutboxRows ownRows =
        new OutboxRows(INFRA.jdbcUrl(ownDatabase), INFRA.username(), INFRA.password());
    String topic = newTopic();
    NoteWritten event = NoteWritten.of("patient");
    Map<String, Object> unreachable = new HashMap<>(INFRA.micronautProperties(ownDatabase));
    unreachable.put("kafka.bootstrap.servers", "127.0.0.1:1");
    unreachable.put("platform.outbox.initial-delay", "1h");

    try (ApplicationContext down = ApplicationContext.run(unreachable)) {
      @SuppressWarnings("unchecked")
      TransactionOperations<Connection> downTransactions =
          down.getBean(TransactionOperations.class);
      downTransactions.executeWrite(
          status -> {
            down.getBean(Outbox.class).append(topic, "aggregate-4", event);
            return null;
          });
      down.getBean(OutboxRelay.class).relayPass();
    }
    OutboxRows.Row afterFailure = ownRows.find(event.eventId());
    assertThat(afterFailure).as("still pending").isNotNull();
    assertThat(afterFailure.attempts()).isEqualTo(1);
    assertThat(afterFailure.lastError()).isNotBlank();

    Map<String, Object> reachable = new HashMap<>(INFRA.micronautProperties(ownDatabase));
    try (ApplicationContext up = ApplicationContext.run(reachable)) {
      List<ConsumerRecord<String, String>> records =
          KafkaTopics.readMatching(
              INFRA.bootstrapServers(), topic, r -> true, 1, Duration.ofSeconds(30));
      assertThat(records)
          .extracting(
              r ->
                  new String(
                      r.headers().lastHeader(EventHeaders.EVENT_ID).value(),
                      StandardCharsets.UTF_8))
          .containsExactly(event.eventId().toString());
      await().atMost(Duration.ofSeconds(10)).until(() -> ownRows.published(event.eventId()));
    }
  }
}
