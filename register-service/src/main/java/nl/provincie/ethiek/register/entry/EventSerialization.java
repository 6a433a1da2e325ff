package nl.provincie.ethiek.register.entry;

import io.micronaut.serde.annotation.SerdeImport;

/** Lets the outbox write this feature's events as JSON while the event records stay plain Java. */
@SerdeImport(EntryEvents.EntryPublished.class)
@SerdeImport(EntryEvents.EntryChanged.class)
@SerdeImport(EntryEvents.EntryArchived.class)
final class EventSerialization {
  private EventSerialization() {}
}
