package nl.provincie.ethiek.servicekit.health;

import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reactivestreams.Publisher;

/**
 * Says which of this instance's consumers hold no partitions: after a restart, or while their group
 * rebalances (an instance that died holds its partitions until its session times out), events on
 * those partitions wait. That is {@link KafkaHealthIndicator#DEGRADED}, not unready: requests are
 * served, only the reactions to other services' events are late (docs/adr/0041). Read from memory.
 */
@Singleton
@Readiness
class ConsumerAssignmentIndicator implements HealthIndicator {

  static final String NAME = "kafka-consumers";

  private final ConsumerRegistry registry;
  private final List<GroupMember> members;

  ConsumerAssignmentIndicator(ConsumerRegistry registry, List<GroupMember> members) {
    this.registry = registry;
    this.members = members;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    return Publishers.just(result());
  }

  HealthResult result() {
    Map<String, Integer> partitions = new TreeMap<>();
    for (String id : registry.getConsumerIds()) {
      partitions.put(id, assigned(id));
    }
    for (GroupMember member : members) {
      partitions.put(member.memberName(), member.assignedPartitions());
    }
    List<String> waiting =
        partitions.entrySet().stream()
            .filter(e -> e.getValue() == 0)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, Object> details = new TreeMap<>();
    details.put("partitions", partitions);
    if (waiting.isEmpty()) {
      return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
    }
    details.put("unassigned", waiting);
    details.put(
        "note",
        "no partitions yet: the group is rebalancing (a stopped instance is released after the"
            + " session timeout) or has more members than partitions; their events wait");
    return HealthResult.builder(NAME, KafkaHealthIndicator.DEGRADED).details(details).build();
  }

  private int assigned(String consumerId) {
    try {
      return registry.getConsumerAssignment(consumerId).size();
    } catch (IllegalArgumentException none) {
      return 0; // micronaut-kafka's answer for a consumer with no assignment
    }
  }
}
