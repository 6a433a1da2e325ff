package nl.provincie.ethiek.register.algorithm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** How an entry is stored. */
@MappedEntity("algorithm_entry")
record AlgorithmEntryRow(
    @Id UUID id,
    long version,
    String name,
    String organisation,
    String description,
    EntryStatus status,
    @Nullable Instant publishedAt,
    Instant createdAt,
    Instant updatedAt) {

  static AlgorithmEntryRow of(AlgorithmEntry entry, Instant createdAt, Instant updatedAt) {
    return new AlgorithmEntryRow(
        entry.id().value(),
        entry.version(),
        entry.name(),
        entry.organisation(),
        entry.description(),
        entry.status(),
        entry.publishedAt().orElse(null),
        createdAt,
        updatedAt);
  }

  AlgorithmEntry toEntry() {
    return new AlgorithmEntry(
        new AlgorithmEntryId(id),
        version,
        name,
        organisation,
        description,
        status,
        Optional.ofNullable(publishedAt));
  }
}
