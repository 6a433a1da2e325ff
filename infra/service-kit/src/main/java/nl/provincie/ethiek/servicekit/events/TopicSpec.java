package nl.provincie.ethiek.servicekit.events;

import java.time.Duration;
import java.util.Map;

/**
 * One topic as the platform declares it: its name, how many partitions it has and the topic
 * settings it needs beside the cluster's defaults. Every topic is replicated three times with at
 * least two replicas in sync on a cluster (docs/adr/0025).
 */
public record TopicSpec(String name, int partitions, Map<String, String> config) {

  public static final int REPLICATION_FACTOR = 3;
  public static final int MIN_IN_SYNC_REPLICAS = 2;

  /**
   * How long a topic that carries what a resident did (a vote, a statement's text, a pseudonym)
   * keeps it: long enough for a consumer to catch up after a weekend, short enough that a removed
   * participation is gone from Kafka within days (docs/adr/0032).
   */
  public static final Duration RESIDENT_DATA_RETENTION = Duration.ofDays(7);

  /**
   * Kafka deletes only whole, closed segments: a segment closes after this long, so a record is
   * gone at most this long after its retention ended.
   */
  public static final Duration RESIDENT_DATA_SEGMENT = Duration.ofDays(1);

  public TopicSpec {
    if (partitions < 1) {
      throw new IllegalArgumentException(name + " needs at least one partition");
    }
    config = Map.copyOf(config);
  }

  public TopicSpec(String name, int partitions) {
    this(name, partitions, Map.of());
  }

  /** A topic of residents' data: deleted by time, {@link #RESIDENT_DATA_RETENTION}. */
  public static TopicSpec residentData(String name, int partitions) {
    return new TopicSpec(
        name,
        partitions,
        Map.of(
            "cleanup.policy", "delete",
            "retention.ms", String.valueOf(RESIDENT_DATA_RETENTION.toMillis()),
            "segment.ms", String.valueOf(RESIDENT_DATA_SEGMENT.toMillis())));
  }
}
