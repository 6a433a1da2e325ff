package nl.provincie.ethiek.cases.signal;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * This service's reading of register.entry-published.v1: only the fields it uses, unknown ones
 * ignored, so the register can add fields without breaking us.
 */
@Serdeable
record RegisterEntryPublished(
    UUID eventId,
    Instant occurredAt,
    UUID entryId,
    long version,
    String name,
    String organisation,
    String description) {}
