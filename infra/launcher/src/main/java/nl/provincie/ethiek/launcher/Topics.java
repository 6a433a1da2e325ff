package nl.provincie.ethiek.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the platform's topics ({@link EventTopics#ALL}) that do not exist yet on the embedded
 * broker or cluster: replication factor 3 and {@code min.insync.replicas} 2 on three brokers or
 * more, as many as there are brokers below that, and each topic's own settings ({@link
 * TopicSpec#config()}, e.g. the retention of residents' data). An existing topic gets its settings
 * again (a data directory from before a retention was declared), but keeps its partitions: changing
 * them would move its keys.
 */
final class Topics {

  private static final Duration PROPAGATION = Duration.ofSeconds(30);

  private Topics() {}

  /** Waits until every broker answers for the new topics (metadata reaches them one by one). */
  private static void awaitKnown(Admin admin, List<String> names)
      throws InterruptedException, ExecutionException {
    Instant deadline = Instant.now().plus(PROPAGATION);
    while (true) {
      try {
        Map<String, TopicDescription> found = admin.describeTopics(names).allTopicNames().get();
        boolean led =
            found.values().stream()
                .flatMap(t -> t.partitions().stream())
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        if (led) {
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
            || Instant.now().isAfter(deadline)) {
          throw e;
        }
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Kafka topics without a leader after " + PROPAGATION);
      }
      Thread.sleep(200);
    }
  }

  private static Map<String, String> withMinInSync(TopicSpec topic, String minInSync) {
    Map<String, String> config = new HashMap<>(topic.config());
    config.put("min.insync.replicas", minInSync);
    return config;
  }

  static void declare(String bootstrapServers, int brokers) {
    short factor = (short) Math.min(TopicSpec.REPLICATION_FACTOR, brokers);
    String minInSync = String.valueOf(Math.min(TopicSpec.MIN_IN_SYNC_REPLICAS, brokers));
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing =
          EventTopics.ALL.stream()
              .filter(topic -> !existing.contains(topic.name()))
              .map(
                  topic ->
                      new NewTopic(topic.name(), topic.partitions(), factor)
                          .configs(withMinInSync(topic, minInSync)))
              .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
        awaitKnown(admin, missing.stream().map(NewTopic::name).toList());
      }
      Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
      EventTopics.ALL.stream()
          .filter(topic -> existing.contains(topic.name()) && !topic.config().isEmpty())
          .forEach(
              topic ->
                  settings.put(
                      new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
                      topic.config().entrySet().stream()
                          .map(
                              e ->
                                  new AlterConfigOp(
                                      new ConfigEntry(e.getKey(), e.getValue()),
                                      AlterConfigOp.OpType.SET))
                          .toList()));
      if (!settings.isEmpty()) {
        admin.incrementalAlterConfigs(settings).all().get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating Kafka topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not create Kafka topics", e.getCause());
    }
  }
}
