package nl.provincie.ethiek.register.entry;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.provincie.ethiek.register.entry.EntryEvents.EntryArchived;
import nl.provincie.ethiek.register.entry.EntryEvents.EntryChanged;
import nl.provincie.ethiek.register.entry.EntryEvents.EntryPublished;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import nl.provincie.ethiek.servicekit.events.IntegrationEvent;
import nl.provincie.ethiek.servicekit.events.Outbox;

/**
 * The register's use cases. Each runs in one transaction: the entry, its new version in the history
 * and the event it raised (outbox) are stored together or not at all.
 */
@Singleton
public class Entries {

  private final EntryStore store;
  private final Outbox outbox;
  private final Clock clock;

  Entries(EntryStore store, Outbox outbox) {
    this.store = store;
    this.outbox = outbox;
    this.clock = Clock.systemUTC();
  }

  @Transactional
  public Entry create(EntryContent content, String note, String by) {
    Entry.Change change = Entry.draft(content, note, by, now());
    store.insert(change.entry());
    store.insertVersion(change.version());
    return change.entry();
  }

  /** Takes over an existing registration once: a second import of the same source is skipped. */
  @Transactional
  public Optional<Entry> importPublished(
      EntryContent content,
      String sourceRef,
      Optional<String> lars,
      Instant publishedAt,
      String note) {
    if (store.findBySourceRef(sourceRef).isPresent()) {
      return Optional.empty();
    }
    Entry.Change change = Entry.imported(content, sourceRef, lars, publishedAt, note, now());
    store.insert(change.entry());
    store.insertVersion(change.version());
    change.event().ifPresent(event -> emit(change.entry(), event));
    return Optional.of(change.entry());
  }

  @Transactional
  public Optional<Entry> revise(EntryId id, EntryContent content, String note, String by) {
    return change(id, entry -> entry.revise(content, note, by, now()));
  }

  @Transactional
  public Optional<Entry> publish(EntryId id, String note, String by) {
    return change(id, entry -> entry.publish(note, by, now()));
  }

  @Transactional
  public Optional<Entry> archive(EntryId id, String note, String by) {
    return change(id, entry -> entry.archive(note, by, now()));
  }

  @Transactional
  public Optional<Entry> assess(EntryId id, CaseAssessment assessment, String note) {
    return change(id, entry -> entry.assess(assessment, note, now()));
  }

  /** What the national register answered (LARS, state); not a new version of the content. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordNational(EntryId id, Optional<String> lars, String state) {
    store
        .findForUpdate(id)
        .ifPresent(entry -> store.update(entry.withNational(lars, state, now())));
  }

  @Transactional
  public Optional<Entry> find(EntryId id) {
    return store.find(id);
  }

  @Transactional
  public Optional<Entry> findBySourceRef(String sourceRef) {
    return store.findBySourceRef(sourceRef);
  }

  @Transactional
  public EntryStore.Page search(EntryQuery query) {
    return store.search(query);
  }

  @Transactional
  public List<EntryVersion> history(EntryId id) {
    return store.versions(id);
  }

  private Optional<Entry> change(EntryId id, Function<Entry, Entry.Change> step) {
    return store
        .findForUpdate(id)
        .map(
            entry -> {
              Entry.Change change = step.apply(entry);
              store.update(change.entry());
              store.insertVersion(change.version());
              change.event().ifPresent(event -> emit(change.entry(), event));
              return change.entry();
            });
  }

  private void emit(Entry entry, IntegrationEvent event) {
    String topic;
    if (event instanceof EntryPublished) {
      topic = EventTopics.REGISTER_ENTRY_PUBLISHED;
    } else if (event instanceof EntryChanged) {
      topic = EventTopics.REGISTER_ENTRY_CHANGED;
    } else if (event instanceof EntryArchived) {
      topic = EventTopics.REGISTER_ENTRY_ARCHIVED;
    } else {
      throw new IllegalArgumentException("unknown event " + event);
    }
    outbox.append(topic, entry.id().toString(), event);
  }

  /** PostgreSQL keeps microseconds; truncating keeps what we return equal to what we stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
