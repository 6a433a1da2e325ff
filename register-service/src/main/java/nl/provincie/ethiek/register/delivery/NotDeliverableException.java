package nl.provincie.ethiek.register.delivery;

/**
 * Refusal to queue a delivery, release or retraction: delivery is not configured here, the entry is
 * not published, or it has not been delivered yet. The message says which, in English.
 */
public final class NotDeliverableException extends RuntimeException {

  public NotDeliverableException(String reason) {
    super(reason, null, false, false);
  }
}
