package nl.provincie.ethiek.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.testsupport.KafkaTopics;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * {@link EventConsumer} gives a listener what the services' own blocks of {@code @KafkaListener}
 * attributes gave them: its group and client id, records sent before it started, a failing record
 * retried until it succeeds and not skipped, and the offset committed after the handler.
 */
class EventConsumerTest {

  static final String GROUP = "event-consumer-test";
  static final String CLIENT = "event-consumer-test-client";
  static final String TOPIC = "event-consumer.test.v1";

  @Test
  void a_failing_record_is_retried_in_order_and_committed_once_handled() throws Exception {
    RealInfrastructure infra = RealInfrastructure.shared();
    Map<String, Object> admin =
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
    try (Admin topics = Admin.create(admin)) {
      topics.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
    }
    KafkaTopics.send(
        infra.bootstrapServers(),
        List.of(
            new ProducerRecord<>(TOPIC, "k", "first"), new ProducerRecord<>(TOPIC, "k", "second")));

    Map<String, Object> properties =
        new HashMap<>(infra.micronautProperties(infra.newDatabase("eventconsumer")));
    properties.put("event-consumer-test.enabled", "true");
    properties.put("platform.outbox.relay.enabled", "false");
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      await().atMost(Duration.ofSeconds(60)).until(() -> RetriedListener.HANDLED.size() == 2);
      assertThat(RetriedListener.HANDLED)
          .as("sent before the consumer started, the failing one retried, the order kept")
          .containsExactly("first", "second");
      assertThat(RetriedListener.ATTEMPTS.get()).isEqualTo(3);
      assertThat(context.getBean(ConsumerRegistry.class).getConsumerIds())
          .anyMatch(id -> id.startsWith(CLIENT));

      try (Admin groups = Admin.create(admin)) {
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () -> {
                  Map<TopicPartition, OffsetAndMetadata> committed =
                      groups.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
                  assertThat(committed.get(new TopicPartition(TOPIC, 0)).offset()).isEqualTo(2);
                });
      }
    }
  }
}
