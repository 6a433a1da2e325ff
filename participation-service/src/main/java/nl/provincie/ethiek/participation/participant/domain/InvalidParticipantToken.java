package nl.provincie.ethiek.participation.participant.domain;

/** A participant token that is malformed, forged or expired. */
public class InvalidParticipantToken extends RuntimeException {

  public InvalidParticipantToken(String reason) {
    super(reason, null, false, false);
  }
}
