package nl.provincie.ethiek.participation.report;

import io.micronaut.serde.annotation.SerdeImport;
import nl.provincie.ethiek.participation.events.ReportPublished;

/** JSON for this feature's event and its parts, which stay plain records. */
@SerdeImport(ReportPublished.class)
@SerdeImport(ReportPublished.Group.class)
@SerdeImport(ReportPublished.Representative.class)
@SerdeImport(ReportPublished.Consensus.class)
@SerdeImport(ReportPublished.ConsensusItem.class)
@SerdeImport(ReportPublished.GroupInformed.class)
final class EventSerialization {
  private EventSerialization() {}
}
