package nl.provincie.ethiek.launcher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the platform's topics ({@link EventTopics#ALL}) that do not exist yet on the embedded
 * broker or cluster: replication factor 3 and {@code min.insync.replicas} 2 on three brokers or
 * more, as many as there are brokers below that. Existing topics are left as they are: changing a
 * topic's partitions would move its keys.
 */
final class Topics {

  private Topics() {}

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
                          .configs(Map.of("min.insync.replicas", minInSync)))
              .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating Kafka topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not create Kafka topics", e.getCause());
    }
  }
}
