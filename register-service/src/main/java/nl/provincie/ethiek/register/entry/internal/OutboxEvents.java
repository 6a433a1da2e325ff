package nl.provincie.ethiek.register.entry.internal;

import jakarta.inject.Singleton;
import nl.provincie.ethiek.register.entry.EntryEvent;
import nl.provincie.ethiek.register.entry.EventOutbox;
import nl.provincie.ethiek.servicekit.events.Outbox;

/** The register's events into the shared outbox, on their own topic, keyed by the entry. */
@Singleton
class OutboxEvents implements EventOutbox {

  private final Outbox outbox;

  OutboxEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void append(EntryEvent event) {
    outbox.append(event.topic(), event.entryId().toString(), event);
  }
}
