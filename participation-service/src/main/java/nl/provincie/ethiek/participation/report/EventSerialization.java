package nl.provincie.ethiek.participation.report;

import io.micronaut.serde.annotation.SerdeImport;
import nl.provincie.ethiek.participation.events.ReportPublished;

/** JSON for this feature's event, which stays a plain record. */
@SerdeImport(ReportPublished.class)
final class EventSerialization {
  private EventSerialization() {}
}
