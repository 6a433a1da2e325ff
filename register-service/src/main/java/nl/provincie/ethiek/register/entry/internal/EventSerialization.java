package nl.provincie.ethiek.register.entry.internal;

import io.micronaut.serde.annotation.SerdeImport;
import nl.provincie.ethiek.register.entry.EntryArchived;
import nl.provincie.ethiek.register.entry.EntryChanged;
import nl.provincie.ethiek.register.entry.EntryPublished;

/** Lets the outbox write the register's events as JSON while the event records stay plain Java. */
@SerdeImport(EntryPublished.class)
@SerdeImport(EntryChanged.class)
@SerdeImport(EntryArchived.class)
final class EventSerialization {
  private EventSerialization() {}
}
