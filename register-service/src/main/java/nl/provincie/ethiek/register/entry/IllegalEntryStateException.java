package nl.provincie.ethiek.register.entry;

/** A lifecycle step that the entry's current status does not allow. */
public class IllegalEntryStateException extends RuntimeException {

  private final EntryStatus current;

  public IllegalEntryStateException(EntryId id, EntryStatus current, String action) {
    super("entry " + id + " is " + current + "; cannot " + action, null, false, false);
    this.current = current;
  }

  public EntryStatus current() {
    return current;
  }
}
