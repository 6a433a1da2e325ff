package nl.provincie.ethiek.portal.conversation;

/** The participation service could not be reached or gave an answer the portal cannot read. */
public class ParticipationUnavailableException extends RuntimeException {

  public ParticipationUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public ParticipationUnavailableException(String message) {
    super(message);
  }
}
