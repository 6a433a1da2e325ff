package nl.provincie.ethiek.register.entry.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.SerdeImport;
import nl.provincie.ethiek.register.entry.EntryArchived;
import nl.provincie.ethiek.register.entry.EntryChanged;
import nl.provincie.ethiek.register.entry.EntryPublished;
import nl.provincie.ethiek.register.entry.EntrySnapshot;

/**
 * Lets the outbox write the register's events as JSON while the event records stay plain Java. The
 * {@link EntrySnapshot} that entry-published and entry-changed share is written flat into their
 * payloads, where its fields always stood.
 */
@SerdeImport(value = EntryPublished.class, mixin = EventSerialization.FlatEntry.class)
@SerdeImport(value = EntryChanged.class, mixin = EventSerialization.FlatEntry.class)
@SerdeImport(EntrySnapshot.class)
@SerdeImport(EntryArchived.class)
final class EventSerialization {
  private EventSerialization() {}

  interface FlatEntry {
    @JsonUnwrapped
    EntrySnapshot entry();
  }
}
