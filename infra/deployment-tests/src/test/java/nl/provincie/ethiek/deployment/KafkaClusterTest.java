package nl.provincie.ethiek.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.TopicSpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Kafka as a cluster: three KRaft nodes, and exactly the topics the code declares, replicated. */
class KafkaClusterTest {

  private final RenderedChart chart = RenderedChart.withProvinceValues();

  @Test
  void there_is_exactly_one_kafka_topic_per_topic_declared_in_event_topics() {
    List<String> rendered =
        chart
            .ofKind("KafkaTopic")
            .map(topic -> topic.at("/spec/topicName").asString(RenderedChart.nameOf(topic)))
            .toList();

    assertThat(declaredTopics()).isNotEmpty();
    assertThat(rendered).doesNotHaveDuplicates();
    assertThat(rendered).containsExactlyInAnyOrderElementsOf(declaredTopics());
  }

  @Test
  void every_topic_has_three_replicas_and_needs_two_in_sync_for_a_write() {
    chart
        .ofKind("KafkaTopic")
        .forEach(
            topic -> {
              String name = RenderedChart.nameOf(topic);
              assertThat(topic.at("/spec/replicas").asInt()).as(name).isEqualTo(3);
              assertThat(topic.at("/spec/config/min.insync.replicas").asInt())
                  .as(name)
                  .isEqualTo(2);
              assertThat(topic.at("/spec/partitions").asInt()).as(name).isPositive();
            });
  }

  @Test
  void every_topic_has_the_partitions_event_topics_declares_for_it() {
    Optional<Map<String, Integer>> declared = declaredPartitions();
    assumeTrue(declared.isPresent(), "EventTopics declares no partitions (no EventTopics.ALL)");
    Map<String, Integer> rendered =
        chart
            .ofKind("KafkaTopic")
            .collect(
                Collectors.toMap(
                    topic -> topic.at("/spec/topicName").asString(),
                    topic -> topic.at("/spec/partitions").asInt()));

    assertThat(rendered).isEqualTo(declared.get());
  }

  @Test
  void every_topic_has_the_settings_event_topics_declares_for_it() {
    Map<String, JsonNode> rendered =
        chart
            .ofKind("KafkaTopic")
            .collect(
                Collectors.toMap(topic -> topic.at("/spec/topicName").asString(), topic -> topic));

    for (TopicSpec topic : EventTopics.ALL) {
      JsonNode config = rendered.get(topic.name()).at("/spec/config");
      topic
          .config()
          .forEach(
              (key, value) ->
                  assertThat(config.path(key).asString())
                      .as(topic.name() + " " + key)
                      .isEqualTo(value));
    }
  }

  @Test
  void the_topics_of_residents_data_are_deleted_by_time_within_eight_days() {
    for (String name :
        List.of(
            EventTopics.PARTICIPATION_STATEMENT_SUBMITTED,
            EventTopics.PARTICIPATION_VOTE_CAST,
            EventTopics.PARTICIPATION_PARTICIPATION_WITHDRAWN)) {
      JsonNode config = chart.named("KafkaTopic", name).at("/spec/config");

      assertThat(config.path("cleanup.policy").asString()).as(name).isEqualTo("delete");
      assertThat(config.path("retention.ms").asLong() + config.path("segment.ms").asLong())
          .as(name)
          .isPositive()
          .isLessThanOrEqualTo(java.time.Duration.ofDays(8).toMillis());
    }
  }

  @Test
  void the_participation_topics_share_one_partition_count_so_ownership_lines_up() {
    Set<Integer> counts =
        chart
            .ofKind("KafkaTopic")
            .filter(topic -> topic.at("/spec/topicName").asString().startsWith("participation."))
            .map(topic -> topic.at("/spec/partitions").asInt())
            .collect(Collectors.toSet());

    assertThat(counts).hasSize(1);
  }

  @Test
  void the_vote_topic_has_room_for_many_participation_instances() {
    JsonNode votes = chart.named("KafkaTopic", EventTopics.PARTICIPATION_VOTE_CAST);

    assertThat(votes.at("/spec/partitions").asInt()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void every_topic_belongs_to_the_charts_kafka_cluster() {
    String cluster = RenderedChart.nameOf(chart.ofKind("Kafka").findFirst().orElseThrow());

    chart
        .ofKind("KafkaTopic")
        .forEach(
            topic ->
                assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asString())
                    .isEqualTo(cluster));
    chart
        .ofKind("KafkaNodePool")
        .forEach(
            pool ->
                assertThat(pool.at("/metadata/labels/strimzi.io~1cluster").asString())
                    .isEqualTo(cluster));
  }

  @Test
  void the_node_pools_give_three_brokers_and_three_kraft_controllers() {
    List<JsonNode> pools = chart.ofKind("KafkaNodePool").toList();

    assertThat(replicasWithRole(pools, "broker")).isEqualTo(3);
    assertThat(replicasWithRole(pools, "controller")).isEqualTo(3);
  }

  @Test
  void the_cluster_replicates_by_default_and_creates_no_topic_by_accident() {
    JsonNode config = chart.named("Kafka", "ethiek-kafka").at("/spec/kafka/config");

    assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
    assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
    assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
    assertThat(config.path("auto.create.topics.enable").asBoolean(true)).isFalse();
  }

  @Test
  void only_the_three_services_may_connect_to_the_listener_and_they_find_it_by_name() {
    JsonNode listener = chart.named("Kafka", "ethiek-kafka").at("/spec/kafka/listeners/0");
    Set<String> peers =
        listener
            .path("networkPolicyPeers")
            .valueStream()
            .map(peer -> peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asString())
            .collect(Collectors.toSet());

    assertThat(listener.path("port").asInt()).isEqualTo(9092);
    assertThat(peers)
        .containsExactlyInAnyOrder("participation-service", "case-service", "register-service");
    chart
        .ofKind("Deployment")
        .filter(deployment -> !RenderedChart.nameOf(deployment).endsWith("portal-ui"))
        .forEach(
            deployment ->
                assertThat(
                        WorkloadRulesTest.environment(RenderedChart.containers(deployment).get(0))
                            .get("KAFKA_BOOTSTRAP_SERVERS")
                            .path("value")
                            .asString())
                    .isEqualTo("ethiek-kafka-kafka-bootstrap:9092"));
  }

  private static int replicasWithRole(List<JsonNode> pools, String role) {
    return pools.stream()
        .filter(
            pool -> pool.at("/spec/roles").valueStream().anyMatch(r -> r.asString().equals(role)))
        .mapToInt(pool -> pool.at("/spec/replicas").asInt())
        .sum();
  }

  /**
   * Each topic's partitions from {@code EventTopics.ALL} (records with name() and partitions()),
   * where the code declares them; read by reflection so that this test compiles either way.
   */
  static Optional<Map<String, Integer>> declaredPartitions() {
    try {
      Field all = EventTopics.class.getField("ALL");
      Map<String, Integer> partitions = new HashMap<>();
      for (Object spec : (Iterable<?>) all.get(null)) {
        String name = (String) spec.getClass().getMethod("name").invoke(spec);
        int count = (Integer) spec.getClass().getMethod("partitions").invoke(spec);
        partitions.put(name, count);
      }
      return Optional.of(partitions);
    } catch (NoSuchFieldException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The values of EventTopics' public String constants, read by reflection. */
  static List<String> declaredTopics() {
    return Arrays.stream(EventTopics.class.getDeclaredFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .filter(field -> Modifier.isPublic(field.getModifiers()))
        .filter(field -> field.getType() == String.class)
        .map(KafkaClusterTest::value)
        .toList();
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
