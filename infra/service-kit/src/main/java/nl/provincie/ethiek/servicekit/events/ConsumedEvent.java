package nl.provincie.ethiek.servicekit.events;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    return optionalEventId(record)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "record at " + record.topic() + "/" + record.offset() + " has no event id"));
  }

  /** The event id header, when the record has one (peers outside the platform may not). */
  public static Optional<UUID> optionalEventId(ConsumerRecord<?, ?> record) {
    return header(record, EventHeaders.EVENT_ID).map(UUID::fromString);
  }

  /** The record's JSON value read as {@code type}; unknown fields are ignored (tolerant reader). */
  public static <T> T payload(JsonMapper json, ConsumerRecord<?, String> record, Class<T> type) {
    try {
      return json.readValue(record.value(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "unreadable payload at " + record.topic() + "/" + record.offset(), e);
    }
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
