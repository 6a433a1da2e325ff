package nl.provincie.ethiek.register.entry;

import java.util.List;
import java.util.Optional;

/** Where entries and their versions are kept (port; entry.internal implements it). */
public interface EntryStore {

  void insert(Entry entry);

  void update(Entry entry);

  void insertVersion(EntryVersion version);

  Optional<Entry> find(EntryId id);

  /** Locks the entry until the transaction ends, so concurrent changes apply one by one. */
  Optional<Entry> findForUpdate(EntryId id);

  Optional<Entry> findBySourceRef(String sourceRef);

  /** Every version of the entry, newest first. */
  List<EntryVersion> versions(EntryId id);

  SearchResult search(EntryQuery query);
}
