package nl.provincie.ethiek.participation.vote.domain;

import java.util.UUID;

/**
 * A request id that was used before for another vote (another statement, value or conversation):
 * refused without storing anything, as the IETF Idempotency-Key draft has it (issue 13, item 1).
 */
public class RequestIdReused extends RuntimeException {

  public RequestIdReused(UUID requestId) {
    super(
        "requestId "
            + requestId
            + " was already used for another vote; a retry must repeat the same vote, a new vote"
            + " needs a new requestId.",
        null,
        false,
        false);
  }
}
