package nl.provincie.ethiek.register.entry;

import java.time.Instant;
import java.util.List;

/** One version of an entry as it was, and why it changed. */
public record EntryVersion(
    EntryId entryId,
    long version,
    EntryStatus status,
    EntryContent content,
    String changeNote,
    List<String> changedFields,
    String changedBy,
    Instant changedAt) {}
