package nl.provincie.ethiek.register.entry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;

/** Events the register publishes (docs/adr/0008). Fields are only ever added within a version. */
public final class EntryEvents {

  private EntryEvents() {}

  /**
   * An entry became visible in the public register. Topic: register.entry-published.v1. The first
   * seven fields are the original contract (case-service reads them); the rest were added.
   * ethicsCaseIds names the ethics cases that already assess the entry (internal.ethics_case_ids):
   * the case service proposes no new case for it (docs/adr/0036).
   */
  public record EntryPublished(
      UUID eventId,
      Instant occurredAt,
      UUID entryId,
      long version,
      String name,
      String organisation,
      String description,
      EntryKind kind,
      String publicationCategory,
      String useStatus,
      List<String> themes,
      String aiActRiskGroup,
      String changeNote,
      List<String> ethicsCaseIds)
      implements IntegrationEvent {}

  /** A published entry changed; a new public version exists. Topic: register.entry-changed.v1 */
  public record EntryChanged(
      UUID eventId,
      Instant occurredAt,
      UUID entryId,
      long version,
      String name,
      String organisation,
      String description,
      EntryKind kind,
      String publicationCategory,
      String useStatus,
      List<String> themes,
      String aiActRiskGroup,
      String changeNote,
      List<String> changedFields)
      implements IntegrationEvent {}

  /**
   * A published entry was archived: no longer in use or listed. Topic: register.entry-archived.v1
   */
  public record EntryArchived(
      UUID eventId,
      Instant occurredAt,
      UUID entryId,
      long version,
      String name,
      String organisation,
      EntryKind kind,
      String changeNote)
      implements IntegrationEvent {}
}
