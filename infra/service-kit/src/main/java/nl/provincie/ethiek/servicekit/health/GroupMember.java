package nl.provincie.ethiek.servicekit.health;

/**
 * A Kafka consumer that a service runs itself (outside {@code @KafkaListener}), so that readiness
 * can say whether it holds partitions (docs/adr/0041).
 */
public interface GroupMember {

  /** A name for health details, e.g. the consumer group. */
  String memberName();

  /** How many partitions it holds now; 0 while it waits for its group to assign it some. */
  int assignedPartitions();
}
