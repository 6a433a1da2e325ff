package nl.provincie.ethiek.register.algorithm;

/** A lifecycle step that the entry's current status does not allow. */
public class IllegalEntryStateException extends RuntimeException {

  private final EntryStatus current;

  public IllegalEntryStateException(AlgorithmEntryId id, EntryStatus current, String action) {
    super("entry " + id + " is " + current + "; cannot " + action);
    this.current = current;
  }

  public EntryStatus current() {
    return current;
  }
}
