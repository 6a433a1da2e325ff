package nl.provincie.ethiek.servicekit.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads the platform's standard headers from a consumed Kafka record. */
public final class ConsumedEvent {

  private ConsumedEvent() {}

  /** The event id header; every relayed event has one. */
  public static UUID eventId(ConsumerRecord<?, ?> record) {
    return header(record, EventHeaders.EVENT_ID)
        .map(UUID::fromString)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "record at " + record.topic() + "/" + record.offset() + " has no event id"));
  }

  public static Optional<String> eventType(ConsumerRecord<?, ?> record) {
    return header(record, EventHeaders.EVENT_TYPE);
  }

  private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }
}
