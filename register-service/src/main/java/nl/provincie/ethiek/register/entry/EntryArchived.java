package nl.provincie.ethiek.register.entry;

import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** A published entry was archived: no longer in use or listed. Topic: register.entry-archived.v1 */
public record EntryArchived(
    UUID eventId,
    Instant occurredAt,
    UUID entryId,
    long version,
    String name,
    String organisation,
    EntryKind kind,
    String changeNote)
    implements EntryEvent {

  @Override
  public String topic() {
    return EventTopics.REGISTER_ENTRY_ARCHIVED;
  }
}
