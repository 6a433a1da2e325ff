package nl.provincie.ethiek.servicekit.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A small event for exercising the outbox. */
@Serdeable
record NoteWritten(UUID eventId, Instant occurredAt, String text) implements IntegrationEvent {

  static NoteWritten of(String text) {
    return new NoteWritten(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), text);
  }
}
