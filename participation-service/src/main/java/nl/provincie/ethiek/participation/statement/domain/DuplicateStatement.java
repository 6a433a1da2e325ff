package nl.provincie.ethiek.participation.statement.domain;

import java.util.UUID;

/** The conversation already has (nearly) this statement; the message links to it. */
public class DuplicateStatement extends RuntimeException {

  public DuplicateStatement(int number, UUID id) {
    super(
        "Statement " + number + " already says this: /api/v1/statements/" + id, null, false, false);
  }
}
