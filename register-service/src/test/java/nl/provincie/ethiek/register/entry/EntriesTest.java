package nl.provincie.ethiek.register.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.provincie.ethiek.servicekit.events.EventTopics;
import org.junit.jupiter.api.Test;

/** The use cases without a container: in-memory ports (docs/adr/0047). */
class EntriesTest {

  private static final Editor EDITOR = new Editor("redacteur");

  private final InMemoryStore store = new InMemoryStore();
  private final List<EntryEvent> outbox = new ArrayList<>();
  private final Entries entries =
      new Entries(
          store,
          outbox::add,
          new Transactions() {
            @Override
            public <T> T required(Supplier<T> work) {
              return work.get();
            }

            @Override
            public void mandatory(Runnable work) {
              work.run();
            }
          },
          Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

  private static EntryContent algorithm(String name) {
    return EntryContent.ofAlgorithm(
        new AlgorithmFields(
            name,
            "Voorspelt onderhoud.",
            "Provincie Utrecht",
            List.of("Verkeer"),
            AlgorithmFields.IN_USE,
            null,
            null,
            "algoritmes@provincie-utrecht.nl",
            null,
            AlgorithmFields.OTHER,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        InternalFields.NONE);
  }

  @Test
  void each_event_names_its_own_topic_and_is_keyed_by_the_entry() {
    Entry draft = entries.create(algorithm("Wegonderhoud"), Entries.FIRST_NOTE, EDITOR);

    entries.publish(draft.id(), Entries.PUBLISH_NOTE, EDITOR);
    entries.revise(draft.id(), algorithm("Wegonderhoud 2"), "Nieuwe naam", EDITOR);
    entries.archive(draft.id(), "Niet meer in gebruik", EDITOR);

    assertThat(outbox)
        .extracting(EntryEvent::topic)
        .containsExactly(
            EventTopics.REGISTER_ENTRY_PUBLISHED,
            EventTopics.REGISTER_ENTRY_CHANGED,
            EventTopics.REGISTER_ENTRY_ARCHIVED);
    assertThat(outbox).extracting(EntryEvent::entryId).containsOnly(draft.id().value());
  }

  @Test
  void a_draft_raises_no_event_and_records_who_wrote_it() {
    Entry draft = entries.create(algorithm("Subsidiecheck"), Entries.FIRST_NOTE, EDITOR);

    assertThat(outbox).isEmpty();
    assertThat(entries.history(draft.id()))
        .singleElement()
        .satisfies(version -> assertThat(version.changedBy()).isEqualTo("redacteur"));
  }

  @Test
  void an_archived_entry_refuses_another_archive() {
    Entry draft = entries.create(algorithm("Oud model"), Entries.FIRST_NOTE, EDITOR);
    entries.archive(draft.id(), "Gestopt", EDITOR);

    assertThatThrownBy(() -> entries.archive(draft.id(), "Nog eens", EDITOR))
        .isInstanceOf(IllegalEntryStateException.class);
  }

  /** Entries and versions in maps; enough for the use cases, not a search engine. */
  private static final class InMemoryStore implements EntryStore {
    private final Map<EntryId, Entry> entries = new LinkedHashMap<>();
    private final List<EntryVersion> versions = new ArrayList<>();

    @Override
    public void insert(Entry entry) {
      entries.put(entry.id(), entry);
    }

    @Override
    public void update(Entry entry) {
      entries.put(entry.id(), entry);
    }

    @Override
    public void insertVersion(EntryVersion version) {
      versions.add(0, version);
    }

    @Override
    public Optional<Entry> find(EntryId id) {
      return Optional.ofNullable(entries.get(id));
    }

    @Override
    public Optional<Entry> findForUpdate(EntryId id) {
      return find(id);
    }

    @Override
    public Optional<Entry> findBySourceRef(String sourceRef) {
      return entries.values().stream()
          .filter(entry -> entry.sourceRef().equals(Optional.of(sourceRef)))
          .findFirst();
    }

    @Override
    public List<EntryVersion> versions(EntryId id) {
      return versions.stream().filter(version -> version.entryId().equals(id)).toList();
    }

    @Override
    public SearchResult search(EntryQuery query) {
      List<Entry> matching =
          entries.values().stream().filter(entry -> entry.status() == query.status()).toList();
      return new SearchResult(matching, matching.size());
    }
  }
}
