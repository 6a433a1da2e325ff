package nl.provincie.ethiek.portal.register;

/** The register service could not be reached or gave an answer the portal cannot read. */
public class RegisterUnavailableException extends RuntimeException {

  public RegisterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public RegisterUnavailableException(String message) {
    super(message);
  }
}
