package nl.provincie.ethiek.participation.participant.domain;

import java.util.Objects;
import java.util.UUID;

/** A resident's pseudonymous id: random, issued by the service, linked to nothing personal. */
public record ParticipantId(UUID value) {

  public ParticipantId {
    Objects.requireNonNull(value, "value");
  }

  public static ParticipantId random() {
    return new ParticipantId(UUID.randomUUID());
  }
}
