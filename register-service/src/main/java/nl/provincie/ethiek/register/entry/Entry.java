package nl.provincie.ethiek.register.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An algorithm or platform in the register. Immutable: every change returns the next version, the
 * version record for the history and the event it raised, if any.
 */
public record Entry(
    EntryId id,
    long version,
    EntryStatus status,
    EntryContent content,
    Optional<String> sourceRef,
    Optional<String> lars,
    Optional<String> nationalState,
    Optional<Instant> publishedAt,
    Instant createdAt,
    Instant updatedAt) {

  /** The result of a change: the entry as it is now, its new version and what happened. */
  public record Change(Entry entry, EntryVersion version, Optional<EntryEvent> event) {}

  public EntryKind kind() {
    return content.kind();
  }

  public static Change draft(EntryContent content, String note, String by, Instant now) {
    checkFields(content);
    Entry entry =
        new Entry(
            EntryId.random(),
            1,
            EntryStatus.DRAFT,
            content,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            now,
            now);
    return new Change(entry, entry.versionRecord(note, List.of(), by, now), Optional.empty());
  }

  /** An existing registration taken over as published (import of the national listing). */
  public static Change imported(
      EntryContent content,
      String sourceRef,
      Optional<String> lars,
      Instant publishedAt,
      String note,
      Instant now) {
    checkFields(content);
    Entry entry =
        new Entry(
            EntryId.ofSource(sourceRef),
            1,
            EntryStatus.PUBLISHED,
            content,
            Optional.of(sourceRef),
            lars,
            lars.map(ignored -> "Gepubliceerd"),
            Optional.of(publishedAt),
            now,
            now);
    return new Change(
        entry,
        entry.versionRecord(note, List.of(), Editor.IMPORT.name(), now),
        Optional.of(entry.published(note, now)));
  }

  /** A new version with other content; a published entry stays published. */
  public Change revise(EntryContent next, String note, String by, Instant now) {
    if (status == EntryStatus.ARCHIVED) {
      throw new IllegalEntryStateException(id, status, "change");
    }
    if (next.kind() != kind()) {
      throw new InvalidEntryException(
          List.of(new FieldError("/kind", "an entry cannot change from " + kind())));
    }
    checkFields(next);
    if (status == EntryStatus.PUBLISHED) {
      checkPublishable(next);
    }
    List<String> changed = next.changedFieldsSince(content);
    Entry revised = with(version + 1, status, next, publishedAt, now);
    Optional<EntryEvent> event =
        status == EntryStatus.PUBLISHED
            ? Optional.of(revised.changed(note, changed, now))
            : Optional.empty();
    return new Change(revised, revised.versionRecord(note, changed, by, now), event);
  }

  /** The ethics commission's latest word, as the case service reported it. No event goes out. */
  public Change assess(CaseAssessment assessment, String note, Instant now) {
    EntryContent next = content.withCaseAssessment(assessment);
    List<String> changed = next.changedFieldsSince(content);
    Entry assessed = with(version + 1, status, next, publishedAt, now);
    return new Change(
        assessed,
        assessed.versionRecord(note, changed, Editor.CASE_SERVICE.name(), now),
        Optional.empty());
  }

  public Change publish(String note, String by, Instant now) {
    if (status != EntryStatus.DRAFT) {
      throw new IllegalEntryStateException(id, status, "publish");
    }
    checkPublishable(content);
    Entry published = with(version + 1, EntryStatus.PUBLISHED, content, Optional.of(now), now);
    return new Change(
        published,
        published.versionRecord(note, List.of("status"), by, now),
        Optional.of(published.published(note, now)));
  }

  public Change archive(String note, String by, Instant now) {
    if (status == EntryStatus.ARCHIVED) {
      throw new IllegalEntryStateException(id, status, "archive");
    }
    Entry archived = with(version + 1, EntryStatus.ARCHIVED, content, publishedAt, now);
    Optional<EntryEvent> event =
        status == EntryStatus.PUBLISHED
            ? Optional.of(
                new EntryArchived(
                    UUID.randomUUID(),
                    now,
                    id.value(),
                    archived.version,
                    content.name(),
                    content.organisation(),
                    kind(),
                    note))
            : Optional.empty();
    return new Change(archived, archived.versionRecord(note, List.of("status"), by, now), event);
  }

  /** Records what the national register answered; not a new version of the content. */
  public Entry withNational(Optional<String> lars, String state, Instant now) {
    return new Entry(
        id,
        version,
        status,
        content,
        sourceRef,
        lars.or(() -> this.lars),
        Optional.of(state),
        publishedAt,
        createdAt,
        now);
  }

  private static void checkFields(EntryContent content) {
    List<FieldError> errors = new ArrayList<>();
    if (content.kind() == EntryKind.ALGORITHM) {
      errors.addAll(EntryRules.checkAlgorithm(content.algorithm(), "/fields"));
    } else {
      errors.addAll(EntryRules.checkPlatform(content.platform(), "/fields"));
    }
    errors.addAll(EntryRules.checkInternal(content.internal(), "/internal"));
    if (!errors.isEmpty()) {
      throw new InvalidEntryException(errors);
    }
  }

  private static void checkPublishable(EntryContent content) {
    if (content.kind() == EntryKind.ALGORITHM) {
      List<FieldError> errors = EntryRules.checkPublishable(content.algorithm(), "/fields");
      if (!errors.isEmpty()) {
        throw new InvalidEntryException(errors);
      }
    }
  }

  private Entry with(
      long nextVersion,
      EntryStatus nextStatus,
      EntryContent nextContent,
      Optional<Instant> nextPublishedAt,
      Instant now) {
    return new Entry(
        id,
        nextVersion,
        nextStatus,
        nextContent,
        sourceRef,
        lars,
        nationalState,
        nextPublishedAt,
        createdAt,
        now);
  }

  private EntryVersion versionRecord(String note, List<String> changed, String by, Instant now) {
    return new EntryVersion(id, version, status, content, note, changed, by, now);
  }

  private EntryPublished published(String note, Instant now) {
    return new EntryPublished(
        UUID.randomUUID(),
        now,
        EntrySnapshot.of(this),
        note,
        content.internal().ethicsCaseIds(),
        TriageFacts.personalData(content),
        TriageFacts.residentFacing(content));
  }

  private EntryChanged changed(String note, List<String> changedFields, Instant now) {
    return new EntryChanged(UUID.randomUUID(), now, EntrySnapshot.of(this), note, changedFields);
  }
}
