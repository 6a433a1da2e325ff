package nl.provincie.ethiek.register.entry;

import java.util.List;
import java.util.UUID;

/**
 * The entry as register.entry-published.v1 and register.entry-changed.v1 both describe it, at the
 * version the event concerns. The events carry these fields flat, beside their own (the mix-in in
 * {@code entry.internal.EventSerialization} unwraps them), so the payloads are those of before.
 */
public record EntrySnapshot(
    UUID entryId,
    long version,
    String name,
    String organisation,
    String description,
    EntryKind kind,
    String publicationCategory,
    String useStatus,
    List<String> themes,
    String aiActRiskGroup) {

  static EntrySnapshot of(Entry entry) {
    EntryContent content = entry.content();
    return new EntrySnapshot(
        entry.id().value(),
        entry.version(),
        content.name(),
        content.organisation(),
        content.description(),
        entry.kind(),
        content.publicationCategory().orElse(null),
        content.useStatus(),
        content.themes(),
        content.internal().aiActRiskGroup());
  }
}
