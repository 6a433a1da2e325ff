package nl.provincie.ethiek.register.algorithm;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An algorithm the province registers. Immutable: every change returns the next version together
 * with the event it raised.
 */
public record AlgorithmEntry(
    AlgorithmEntryId id,
    long version,
    String name,
    String organisation,
    String description,
    EntryStatus status,
    Optional<Instant> publishedAt) {

  public static AlgorithmEntry draft(String name, String organisation, String description) {
    return new AlgorithmEntry(
        AlgorithmEntryId.random(),
        1,
        name.strip(),
        organisation.strip(),
        description.strip(),
        EntryStatus.DRAFT,
        Optional.empty());
  }

  /** The result of a change: the entry as it is now and what happened. */
  public record Published(AlgorithmEntry entry, EntryPublished event) {}

  /**
   * Makes the entry public.
   *
   * @throws IllegalEntryStateException unless the entry is a draft
   */
  public Published publish(Instant now) {
    if (status != EntryStatus.DRAFT) {
      throw new IllegalEntryStateException(id, status, "publish");
    }
    AlgorithmEntry published =
        new AlgorithmEntry(
            id,
            version + 1,
            name,
            organisation,
            description,
            EntryStatus.PUBLISHED,
            Optional.of(now));
    EntryPublished event =
        new EntryPublished(
            UUID.randomUUID(), now, id.value(), published.version, name, organisation, description);
    return new Published(published, event);
  }
}
