package nl.provincie.ethiek.cases.signal;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Records and lists intake signals. */
@Singleton
public class IntakeSignals {

  private final IntakeSignalRepository repository;
  private final Clock clock;

  IntakeSignals(IntakeSignalRepository repository) {
    this.repository = repository;
    this.clock = Clock.systemUTC();
  }

  /** Keeps a register.entry-published event as a signal about the entry. */
  @Transactional
  public IntakeSignal recordPublication(
      UUID entryId, long version, String name, String organisation, Instant occurredAt) {
    IntakeSignal signal =
        new IntakeSignal(
            UUID.randomUUID(),
            SignalSource.REGISTER_ENTRY_PUBLISHED,
            entryId,
            name,
            organisation + " published \"" + name + "\" in the register",
            version,
            occurredAt,
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    repository.save(IntakeSignalRow.of(signal));
    return signal;
  }

  /**
   * Whether the register has published this entry to us: every register.entry-published event is
   * kept as a signal, so the signals are the entries this service knows (docs/adr/0033).
   */
  @Transactional
  public boolean knowsRegisterEntry(UUID entryId) {
    return repository.existsBySubjectIdAndSource(entryId, SignalSource.REGISTER_ENTRY_PUBLISHED);
  }

  @Transactional
  public List<IntakeSignal> all(Optional<UUID> subjectId) {
    List<IntakeSignalRow> rows =
        subjectId
            .map(repository::findBySubjectIdOrderByReceivedAtDesc)
            .orElseGet(repository::findAllOrderByReceivedAtDesc);
    return rows.stream().map(IntakeSignalRow::toSignal).toList();
  }
}
