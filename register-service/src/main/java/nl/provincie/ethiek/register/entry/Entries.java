package nl.provincie.ethiek.register.entry;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The register's use cases. Each runs in one transaction: the entry, its new version in the history
 * and the event it raised (outbox) are stored together or not at all.
 */
public final class Entries {

  /** The change note of a first version when the editor gave none. */
  public static final String FIRST_NOTE = "Eerste registratie";

  /** The change note of publication when the editor gave none. */
  public static final String PUBLISH_NOTE = "Gepubliceerd in het register";

  private final EntryStore store;
  private final EventOutbox outbox;
  private final Transactions transactions;
  private final Clock clock;

  public Entries(EntryStore store, EventOutbox outbox, Transactions transactions, Clock clock) {
    this.store = store;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
  }

  public Entry create(EntryContent content, String note, Editor by) {
    return transactions.required(
        () -> {
          Entry.Change change = Entry.draft(content, note, by.name(), now());
          store.insert(change.entry());
          store.insertVersion(change.version());
          return change.entry();
        });
  }

  /** Takes over an existing registration once: a second import of the same source is skipped. */
  public Optional<Entry> importPublished(
      EntryContent content,
      String sourceRef,
      Optional<String> lars,
      Instant publishedAt,
      String note) {
    return transactions.required(
        () -> {
          if (store.findBySourceRef(sourceRef).isPresent()) {
            return Optional.empty();
          }
          Entry.Change change = Entry.imported(content, sourceRef, lars, publishedAt, note, now());
          store.insert(change.entry());
          store.insertVersion(change.version());
          change.event().ifPresent(outbox::append);
          return Optional.of(change.entry());
        });
  }

  public Optional<Entry> revise(EntryId id, EntryContent content, String note, Editor by) {
    return change(id, entry -> entry.revise(content, note, by.name(), now()));
  }

  public Optional<Entry> publish(EntryId id, String note, Editor by) {
    return change(id, entry -> entry.publish(note, by.name(), now()));
  }

  public Optional<Entry> archive(EntryId id, String note, Editor by) {
    return change(id, entry -> entry.archive(note, by.name(), now()));
  }

  public Optional<Entry> assess(EntryId id, CaseAssessment assessment, String note) {
    return change(id, entry -> entry.assess(assessment, note, now()));
  }

  /**
   * What the national register answered (LARS, state); not a new version of the content. Runs in
   * the caller's transaction, which must exist.
   */
  public void recordNational(EntryId id, Optional<String> lars, String state) {
    transactions.mandatory(
        () ->
            store
                .findForUpdate(id)
                .ifPresent(entry -> store.update(entry.withNational(lars, state, now()))));
  }

  public Optional<Entry> find(EntryId id) {
    return transactions.required(() -> store.find(id));
  }

  public Optional<Entry> findBySourceRef(String sourceRef) {
    return transactions.required(() -> store.findBySourceRef(sourceRef));
  }

  public SearchResult search(EntryQuery query) {
    return transactions.required(() -> store.search(query));
  }

  public List<EntryVersion> history(EntryId id) {
    return transactions.required(() -> store.versions(id));
  }

  private Optional<Entry> change(EntryId id, Function<Entry, Entry.Change> step) {
    return transactions.required(
        () ->
            store
                .findForUpdate(id)
                .map(
                    entry -> {
                      Entry.Change change = step.apply(entry);
                      store.update(change.entry());
                      store.insertVersion(change.version());
                      change.event().ifPresent(outbox::append);
                      return change.entry();
                    }));
  }

  /** PostgreSQL keeps microseconds; truncating keeps what we return equal to what we stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
