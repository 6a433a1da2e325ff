package nl.provincie.ethiek.servicekit.events;

/**
 * One topic as the platform declares it: its name and how many partitions it has. Every topic is
 * replicated three times with at least two replicas in sync on a cluster (docs/adr/0025).
 */
public record TopicSpec(String name, int partitions) {

  public static final int REPLICATION_FACTOR = 3;
  public static final int MIN_IN_SYNC_REPLICAS = 2;

  public TopicSpec {
    if (partitions < 1) {
      throw new IllegalArgumentException(name + " needs at least one partition");
    }
  }
}
