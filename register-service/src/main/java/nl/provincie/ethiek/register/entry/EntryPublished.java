package nl.provincie.ethiek.register.entry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.EventTopics;

/**
 * An entry became visible in the public register. Topic: register.entry-published.v1. The entry's
 * fields ({@link EntrySnapshot}) are written flat, as before; the first seven fields of the payload
 * (eventId to description) are the original contract (case-service reads them); the rest were
 * added. ethicsCaseIds names the ethics cases that already assess the entry
 * (internal.ethics_case_ids): the case service proposes no new case for it (docs/adr/0036).
 * personalData and residentFacing are what the case service's triage asks; {@link TriageFacts} says
 * how they follow from the entry (docs/adr/0047).
 */
public record EntryPublished(
    UUID eventId,
    Instant occurredAt,
    EntrySnapshot entry,
    String changeNote,
    List<String> ethicsCaseIds,
    boolean personalData,
    boolean residentFacing)
    implements EntryEvent {

  @Override
  public UUID entryId() {
    return entry.entryId();
  }

  @Override
  public String topic() {
    return EventTopics.REGISTER_ENTRY_PUBLISHED;
  }
}
