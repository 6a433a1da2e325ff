package nl.provincie.ethiek.participation.participant.domain;

/** A request that needs a resident came without a valid participant token. */
public class ParticipantTokenRefused extends RuntimeException {

  private ParticipantTokenRefused(String message) {
    super(message, null, false, false);
  }

  public static ParticipantTokenRefused missing() {
    return new ParticipantTokenRefused(
        "A participant token is needed: POST /api/v1/participants issues one.");
  }

  public static ParticipantTokenRefused invalid(InvalidParticipantToken reason) {
    return new ParticipantTokenRefused(reason.getMessage() + ".");
  }
}
