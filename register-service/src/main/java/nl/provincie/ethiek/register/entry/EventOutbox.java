package nl.provincie.ethiek.register.entry;

/**
 * Where the events raised by a change go, in the same transaction as the change (port; the outbox
 * of docs/adr/0004 implements it in entry.internal).
 */
public interface EventOutbox {

  void append(EntryEvent event);
}
