package nl.provincie.ethiek.cases.signal;

/** Where a signal came from. */
public enum SignalSource {
  REGISTER_ENTRY_PUBLISHED
}
