package nl.provincie.ethiek.register.delivery;

import java.util.UUID;

/** No algorithm entry has this id: nothing to deliver or to show the delivery state of. */
public final class UnknownAlgorithmException extends RuntimeException {

  private final UUID id;

  public UnknownAlgorithmException(UUID id) {
    super("No algorithm entry " + id, null, false, false);
    this.id = id;
  }

  public UUID id() {
    return id;
  }
}
