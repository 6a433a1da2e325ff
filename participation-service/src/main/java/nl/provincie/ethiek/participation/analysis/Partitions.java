package nl.provincie.ethiek.participation.analysis;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;

/**
 * Which partition of a topic keyed by conversation id holds a conversation's events: the Kafka
 * producer's default for a keyed record (murmur2 of the key's bytes), so an instance knows which
 * conversations the partitions assigned to it stand for.
 */
final class Partitions {

  private Partitions() {}

  static int of(UUID conversationId, int partitionCount) {
    byte[] key = conversationId.toString().getBytes(StandardCharsets.UTF_8);
    return Utils.toPositive(Utils.murmur2(key)) % partitionCount;
  }
}
