package nl.provincie.ethiek.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaCluster;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A real three-broker KRaft cluster: every declared topic is created with three replicas and two in
 * sync, and an acks=all producer keeps writing with one broker down but not with two.
 */
class KafkaClusterIT {

  private static final Path OUTPUT =
      Path.of(System.getProperty("platform.test.output", "target/platform-it")).toAbsolutePath();

  @Test
  void every_topic_is_replicated_three_times_and_survives_one_broker() throws Exception {
    Path data = Files.createDirectories(OUTPUT).resolve("kafka-cluster-" + UUID.randomUUID());
    try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(data, 3, 0)) {
      Topics.declare(cluster.bootstrapServers(), cluster.size());

      try (Admin admin =
          Admin.create(
              Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
        for (TopicSpec topic : EventTopics.ALL) {
          // a new topic's metadata reaches the brokers one by one: ask until this one knows it
          TopicDescription description =
              await()
                  .atMost(Duration.ofSeconds(30))
                  .ignoreExceptions()
                  .until(
                      () ->
                          admin
                              .describeTopics(java.util.List.of(topic.name()))
                              .allTopicNames()
                              .get()
                              .get(topic.name()),
                      found -> found != null);
          assertThat(description.partitions()).hasSize(topic.partitions());
          assertThat(description.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
          ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
          Config config =
              await()
                  .atMost(Duration.ofSeconds(30))
                  .ignoreExceptions()
                  .until(
                      () ->
                          admin
                              .describeConfigs(java.util.List.of(resource))
                              .all()
                              .get()
                              .get(resource),
                      found -> found != null);
          assertThat(config.get("min.insync.replicas").value()).as(topic.name()).isEqualTo("2");
        }
      }

      String topic = EventTopics.PARTICIPATION_VOTE_CAST;
      try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
        producer.send(new ProducerRecord<>(topic, "k", "all up")).get(30, TimeUnit.SECONDS);

        cluster.stopBroker(2);
        producer
            .send(new ProducerRecord<>(topic, "k", "one broker down"))
            .get(60, TimeUnit.SECONDS);

        cluster.stopBroker(3);
        assertThatThrownBy(
                () ->
                    producer
                        .send(new ProducerRecord<>(topic, "k", "two brokers down"))
                        .get(60, TimeUnit.SECONDS))
            .as("one replica in sync is fewer than min.insync.replicas")
            .isInstanceOfAny(ExecutionException.class, java.util.concurrent.TimeoutException.class);
      }
      cluster.startBroker(3);
      cluster.startBroker(2);
    }
  }

  private static KafkaProducer<String, String> producer(String bootstrapServers) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            20_000,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            10_000,
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            20_000,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class));
  }
}
