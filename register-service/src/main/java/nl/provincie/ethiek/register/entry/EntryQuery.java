package nl.provincie.ethiek.register.entry;

import java.util.Optional;

/**
 * A search of the register: free text (name, organisation, description and every field), theme,
 * lifecycle status, use status, publication category, kind and organisation; paged. The offset is a
 * long: any page number times any page size fits, and a page beyond the end is simply empty.
 */
public record EntryQuery(
    Optional<String> text,
    Optional<String> theme,
    EntryStatus status,
    Optional<String> useStatus,
    Optional<String> publicationCategory,
    Optional<EntryKind> kind,
    Optional<String> organisation,
    long offset,
    int limit) {

  public static EntryQuery published(Optional<EntryKind> kind) {
    return new EntryQuery(
        Optional.empty(),
        Optional.empty(),
        EntryStatus.PUBLISHED,
        Optional.empty(),
        Optional.empty(),
        kind,
        Optional.empty(),
        0,
        10_000);
  }
}
