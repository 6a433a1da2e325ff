package nl.provincie.ethiek.servicekit.events;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka producer the relay sends through: idempotent (so retries neither double nor reorder a
 * partition's records), acknowledged by all in-sync replicas, with short timeouts so an unreachable
 * broker turns into a retry quickly instead of a stuck relay.
 */
@Singleton
class OutboxProducer implements AutoCloseable {

  private final String bootstrapServers;
  private Producer<String, String> producer;

  OutboxProducer(@Value("${kafka.bootstrap.servers}") String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record) {
    if (producer == null) {
      producer = new KafkaProducer<>(settings());
    }
    return producer.send(record);
  }

  private Properties settings() {
    Properties settings = new Properties();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // idempotence keeps a partition's records in send order with up to five requests in flight
    settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
    return settings;
  }

  /**
   * Drops the producer without waiting: records it still holds fail instead of being sent after a
   * record that already failed. The next {@link #send} starts a fresh producer.
   */
  synchronized void discard() {
    if (producer != null) {
      producer.close(Duration.ZERO);
      producer = null;
    }
  }

  @Override
  public synchronized void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }
}
