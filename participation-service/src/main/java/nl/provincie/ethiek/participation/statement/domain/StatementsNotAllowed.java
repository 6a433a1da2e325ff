package nl.provincie.ethiek.participation.statement.domain;

/** The conversation takes no statements from residents. */
public class StatementsNotAllowed extends RuntimeException {

  public StatementsNotAllowed() {
    super("This conversation takes no statements from residents.", null, false, false);
  }
}
