package nl.provincie.ethiek.participation.statement;

import io.micronaut.serde.annotation.SerdeImport;
import nl.provincie.ethiek.participation.events.StatementModerated;
import nl.provincie.ethiek.participation.events.StatementSubmitted;

/** JSON for this feature's events, which stay plain records. */
@SerdeImport(StatementSubmitted.class)
@SerdeImport(StatementModerated.class)
final class EventSerialization {
  private EventSerialization() {}
}
