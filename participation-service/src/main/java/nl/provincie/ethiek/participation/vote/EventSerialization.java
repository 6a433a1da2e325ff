package nl.provincie.ethiek.participation.vote;

import io.micronaut.serde.annotation.SerdeImport;
import nl.provincie.ethiek.participation.events.ParticipationWithdrawn;
import nl.provincie.ethiek.participation.events.VoteCast;

/** JSON for this feature's events, which stay plain records. */
@SerdeImport(VoteCast.class)
@SerdeImport(ParticipationWithdrawn.class)
final class EventSerialization {
  private EventSerialization() {}
}
