package nl.provincie.ethiek.participation.vote;

import io.micronaut.serde.annotation.SerdeImport;

/** JSON for this feature's events, which stay plain records. */
@SerdeImport(VoteCast.class)
@SerdeImport(ParticipationWithdrawn.class)
final class EventSerialization {
  private EventSerialization() {}
}
