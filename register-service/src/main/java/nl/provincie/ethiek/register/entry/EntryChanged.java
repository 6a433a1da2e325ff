package nl.provincie.ethiek.register.entry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/** A published entry changed; a new public version exists. Topic: register.entry-changed.v1 */
public record EntryChanged(
    UUID eventId,
    Instant occurredAt,
    EntrySnapshot entry,
    String changeNote,
    List<String> changedFields)
    implements EntryEvent {

  @Override
  public UUID entryId() {
    return entry.entryId();
  }

  @Override
  public String topic() {
    return EventTopics.REGISTER_ENTRY_CHANGED;
  }
}
