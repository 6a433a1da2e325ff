package nl.provincie.ethiek.participation.statement.domain;

/** The resident reached the number of statements one may add per hour. */
public class TooManyStatements extends RuntimeException {

  public TooManyStatements(int perHour) {
    super(
        "You can add at most " + perHour + " statements per hour. Try again later.",
        null,
        false,
        false);
  }
}
