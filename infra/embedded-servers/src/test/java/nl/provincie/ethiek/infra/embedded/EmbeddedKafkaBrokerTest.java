package nl.provincie.ethiek.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void aProducedRecordCanBeConsumedByAConsumerGroup(@TempDir Path directory) throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(directory, 0)) {
      assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");

      produce(broker, "cases", "case-1", "opened");

      assertThat(consumeOne(broker, "cases"))
          .extracting(ConsumerRecord::key, ConsumerRecord::value)
          .containsExactly("case-1", "opened");
    }
  }

  @Test
  void aRecordWrittenBeforeARestartOnTheSameDirectoryIsReadableAfterIt(@TempDir Path directory)
      throws Exception {
    String clusterId;
    try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(directory, 0)) {
      clusterId = first.clusterId();
      produce(first, "register", "algorithm-7", "published");
    }

    try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(directory, 0)) {
      assertThat(second.clusterId()).isEqualTo(clusterId);
      assertThat(consumeOne(second, "register"))
          .extracting(ConsumerRecord::key, ConsumerRecord::value)
          .containsExactly("algorithm-7", "published");
    }
  }

  private static void produce(EmbeddedKafkaBroker broker, String topic, String key, String value)
      throws Exception {
    Map<String, Object> settings =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }

  private static ConsumerRecord<String, String> consumeOne(
      EmbeddedKafkaBroker broker, String topic) {
    Map<String, Object> settings =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
      consumer.subscribe(List.of(topic));
      List<ConsumerRecord<String, String>> received = new ArrayList<>();
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (received.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
      }
      assertThat(received).as("records on %s", topic).hasSize(1);
      return received.get(0);
    }
  }
}
