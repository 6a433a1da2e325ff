package nl.provincie.ethiek.register.algorithm;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
record AlgorithmEntryView(
    UUID id,
    String name,
    String organisation,
    String description,
    EntryStatus status,
    long version,
    Instant publishedAt) {

  static AlgorithmEntryView of(AlgorithmEntry entry) {
    return new AlgorithmEntryView(
        entry.id().value(),
        entry.name(),
        entry.organisation(),
        entry.description(),
        entry.status(),
        entry.version(),
        entry.publishedAt().orElse(null));
  }
}

@Serdeable
record AlgorithmEntryPage(List<AlgorithmEntryView> items, int total) {}
