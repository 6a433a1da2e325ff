package nl.provincie.ethiek.portal.backoffice.http;

/** A service could not be reached, timed out, answered 5xx or something unreadable. */
public final class ServiceUnavailableException extends RuntimeException {

  public ServiceUnavailableException(String message) {
    super(message);
  }

  public ServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
