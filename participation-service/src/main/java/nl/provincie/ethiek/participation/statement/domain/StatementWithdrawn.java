package nl.provincie.ethiek.participation.statement.domain;

/** Its author withdrew the statement and its text was erased: nobody moderates it again. */
public class StatementWithdrawn extends RuntimeException {

  public StatementWithdrawn() {
    super(
        "Its author withdrew this statement and its text was erased; it cannot be"
            + " moderated again.",
        null,
        false,
        false);
  }
}
