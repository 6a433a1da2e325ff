package nl.provincie.ethiek.participation.statement;

import io.micronaut.serde.annotation.SerdeImport;

/** JSON for this feature's events, which stay plain records. */
@SerdeImport(StatementSubmitted.class)
@SerdeImport(StatementModerated.class)
final class EventSerialization {
  private EventSerialization() {}
}
