package nl.provincie.ethiek.servicekit.events;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A @KafkaListener like the services' own, for {@link KilledMemberHandoverTest}. */
@Requires(property = "handover-test.enabled", value = "true")
@KafkaListener(
    groupId = KilledMemberHandoverTest.GROUP,
    clientId = "handover-test",
    offsetReset = OffsetReset.EARLIEST)
class HandoverListener {

  /** When each partition's latest record arrived here (System.nanoTime). */
  static final Map<Integer, Long> LAST_ARRIVAL = new ConcurrentHashMap<>();

  @Topic(KilledMemberHandoverTest.TOPIC)
  void receive(ConsumerRecord<String, String> record) {
    LAST_ARRIVAL.put(record.partition(), System.nanoTime());
  }
}
