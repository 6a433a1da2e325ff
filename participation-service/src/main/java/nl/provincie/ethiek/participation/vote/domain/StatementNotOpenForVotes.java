package nl.provincie.ethiek.participation.vote.domain;

import java.util.UUID;

/** The statement is unknown, in another conversation, or not accepted: it takes no votes. */
public class StatementNotOpenForVotes extends RuntimeException {

  public StatementNotOpenForVotes(UUID statement) {
    super(
        "Statement " + statement + " is not open for votes in this conversation.",
        null,
        false,
        false);
  }
}
