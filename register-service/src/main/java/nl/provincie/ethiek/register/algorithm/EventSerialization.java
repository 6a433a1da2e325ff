package nl.provincie.ethiek.register.algorithm;

import io.micronaut.serde.annotation.SerdeImport;

/** Lets the outbox write this feature's events as JSON while the event records stay plain Java. */
@SerdeImport(EntryPublished.class)
final class EventSerialization {
  private EventSerialization() {}
}
