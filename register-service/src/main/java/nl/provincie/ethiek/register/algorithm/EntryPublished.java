package nl.provincie.ethiek.register.algorithm;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;

/** An algorithm entry became visible in the public register. Topic: register.entry-published.v1 */
public record EntryPublished(
    UUID eventId,
    Instant occurredAt,
    UUID entryId,
    long version,
    String name,
    String organisation,
    String description)
    implements IntegrationEvent {}
