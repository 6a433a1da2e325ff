package nl.provincie.ethiek.participation.vote.domain;

import java.time.Duration;

/** A vote shed under load: nothing was stored, or it may be found stored on a retry. */
public class VotesBusy extends RuntimeException {

  private VotesBusy(String message) {
    super(message, null, false, false);
  }

  /** The queue is full (or the writer stopping): the vote was not stored. */
  public static VotesBusy queueFull() {
    return new VotesBusy(
        "Too many votes are waiting to be written; nothing was stored. Try again shortly.");
  }

  /** The vote was not committed within the maximum wait (docs/adr/0042). */
  public static VotesBusy notWrittenWithin(Duration maxWait) {
    return new VotesBusy(
        "The vote could not be written within "
            + maxWait.toMillis()
            + " ms. Send it again with the same requestId: a vote that was stored after all is"
            + " not counted twice.");
  }
}
