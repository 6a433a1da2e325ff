package nl.provincie.ethiek.register.algorithm;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.Outbox;

/** The register's use cases for algorithm entries. Each runs in one transaction with its events. */
@Singleton
public class AlgorithmEntries {

  private final AlgorithmEntryRepository repository;
  private final Outbox outbox;
  private final Clock clock;

  AlgorithmEntries(AlgorithmEntryRepository repository, Outbox outbox) {
    this.repository = repository;
    this.outbox = outbox;
    this.clock = Clock.systemUTC();
  }

  @Transactional
  public AlgorithmEntry createDraft(String name, String organisation, String description) {
    AlgorithmEntry entry = AlgorithmEntry.draft(name, organisation, description);
    Instant now = now();
    repository.save(AlgorithmEntryRow.of(entry, now, now));
    return entry;
  }

  @Transactional
  public Optional<AlgorithmEntry> publish(AlgorithmEntryId id) {
    return repository
        .findByIdForUpdate(id.value())
        .map(
            row -> {
              AlgorithmEntry.Published result = row.toEntry().publish(now());
              repository.update(AlgorithmEntryRow.of(result.entry(), row.createdAt(), now()));
              outbox.append(EventTopics.REGISTER_ENTRY_PUBLISHED, id.toString(), result.event());
              return result.entry();
            });
  }

  @Transactional
  public List<AlgorithmEntry> published() {
    return repository.findByStatusOrderByPublishedAtDesc(EntryStatus.PUBLISHED).stream()
        .map(AlgorithmEntryRow::toEntry)
        .toList();
  }

  @Transactional
  public Optional<AlgorithmEntry> find(AlgorithmEntryId id) {
    return repository.findById(id.value()).map(AlgorithmEntryRow::toEntry);
  }

  /** PostgreSQL keeps microseconds; truncating keeps what we return equal to what we stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
