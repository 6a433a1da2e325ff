package nl.provincie.ethiek.participation.statement.domain;

/** A statement text that cannot be accepted; {@code reason} is a stable slug. */
public class InvalidStatement extends RuntimeException {

  private final String reason;

  public InvalidStatement(String reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
