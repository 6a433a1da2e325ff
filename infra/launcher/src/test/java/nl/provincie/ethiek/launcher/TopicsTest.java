package nl.provincie.ethiek.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.provincie.ethiek.infra.embedded.EmbeddedKafkaBroker;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's topics on a real (embedded) broker carry the settings EventTopics declares. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicsTest {

  @TempDir static Path data;
  private EmbeddedKafkaBroker broker;

  @BeforeAll
  void start() throws Exception {
    broker = EmbeddedKafkaBroker.start(Files.createDirectories(data.resolve("kafka")), 0);
  }

  @AfterAll
  void stop() {
    broker.close();
  }

  @Test
  void residents_topics_are_deleted_by_time_also_where_they_existed_before() throws Exception {
    try (Admin admin = admin()) {
      // a data directory from before: the vote topic exists, kept forever
      admin
          .createTopics(
              List.of(
                  new NewTopic(EventTopics.PARTICIPATION_VOTE_CAST, 12, (short) 1)
                      .configs(Map.of("retention.ms", "-1"))))
          .all()
          .get();

      Topics.declare(broker.bootstrapServers(), 1);

      List<TopicSpec> residents =
          EventTopics.ALL.stream().filter(t -> !t.config().isEmpty()).toList();
      assertThat(residents)
          .extracting(TopicSpec::name)
          .contains(
              EventTopics.PARTICIPATION_VOTE_CAST,
              EventTopics.PARTICIPATION_STATEMENT_SUBMITTED,
              EventTopics.PARTICIPATION_PARTICIPATION_WITHDRAWN);
      // the broker applies a changed setting from the metadata log, shortly after the answer
      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(
              () -> {
                Map<String, Config> read = configs(admin, residents);
                for (TopicSpec topic : residents) {
                  Config config = read.get(topic.name());
                  assertThat(config.get("cleanup.policy").value())
                      .as(topic.name())
                      .isEqualTo("delete");
                  assertThat(Long.parseLong(config.get("retention.ms").value()))
                      .as(topic.name())
                      .isEqualTo(TopicSpec.RESIDENT_DATA_RETENTION.toMillis());
                  assertThat(Long.parseLong(config.get("segment.ms").value()))
                      .as(topic.name())
                      .isEqualTo(TopicSpec.RESIDENT_DATA_SEGMENT.toMillis());
                }
              });
      assertThat(
              admin
                  .describeTopics(List.of(EventTopics.PARTICIPATION_VOTE_CAST))
                  .allTopicNames()
                  .get()
                  .get(EventTopics.PARTICIPATION_VOTE_CAST)
                  .partitions())
          .hasSize(12);
    }
  }

  private Admin admin() {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
  }

  private static Map<String, Config> configs(Admin admin, List<TopicSpec> topics) throws Exception {
    return admin
        .describeConfigs(
            topics.stream()
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name()))
                .toList())
        .all()
        .get()
        .entrySet()
        .stream()
        .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
  }
}
