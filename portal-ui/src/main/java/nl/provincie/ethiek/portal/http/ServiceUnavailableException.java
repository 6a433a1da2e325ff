package nl.provincie.ethiek.portal.http;

/** A backing service could not be reached, refused, or gave an answer the portal cannot read. */
public class ServiceUnavailableException extends RuntimeException {

  public ServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public ServiceUnavailableException(String message) {
    super(message);
  }
}
