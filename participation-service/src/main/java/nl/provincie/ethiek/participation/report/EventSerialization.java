package nl.provincie.ethiek.participation.report;

import io.micronaut.serde.annotation.SerdeImport;

/** JSON for this feature's event, which stays a plain record. */
@SerdeImport(ReportPublished.class)
final class EventSerialization {
  private EventSerialization() {}
}
