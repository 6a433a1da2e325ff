package nl.provincie.ethiek.servicekit.events;

import java.time.Instant;
import java.util.UUID;

/** An outbox row not yet acknowledged by Kafka. */
record PendingEvent(
    long position,
    UUID eventId,
    String topic,
    String key,
    String type,
    String payload,
    Instant occurredAt) {}
