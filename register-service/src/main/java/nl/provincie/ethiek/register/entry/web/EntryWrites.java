package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryContent;
import nl.provincie.ethiek.register.entry.EntryId;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.EntryRules;
import nl.provincie.ethiek.register.entry.FieldError;
import nl.provincie.ethiek.register.entry.InvalidEntryException;
import nl.provincie.ethiek.register.entry.web.EntryRequests.LifecycleRequest;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryDetail;

/** The write side shared by the controllers, for either kind: forms to content, change notes. */
@Singleton
class EntryWrites {

  private final Entries entries;
  private final EntryReads reads;

  EntryWrites(Entries entries, EntryReads reads) {
    this.entries = entries;
    this.reads = reads;
  }

  Entry create(EntryForm form, Caller who) {
    EntryContent content = form.content(false);
    return entries.create(content, noteOr(form.changeNote(), Entries.FIRST_NOTE), who.editor());
  }

  EntryDetail revise(UUID id, EntryForm form, Caller who) {
    EntryContent content = form.content(true);
    Entry current = reads.visible(id, Optional.of(form.kind()), who);
    return EntryDetail.of(
        entries
            .revise(
                new EntryId(id),
                keepAssessment(current, content),
                form.changeNote().strip(),
                who.editor())
            .orElseThrow(() -> EntryReads.notFound(id)));
  }

  EntryDetail publish(
      UUID id, Optional<EntryKind> kind, @Nullable LifecycleRequest body, Caller who) {
    reads.visible(id, kind, who);
    String note = noteOr(body == null ? null : body.changeNote(), Entries.PUBLISH_NOTE);
    return EntryDetail.of(
        entries
            .publish(new EntryId(id), note, who.editor())
            .orElseThrow(() -> EntryReads.notFound(id)));
  }

  EntryDetail archive(
      UUID id, Optional<EntryKind> kind, @Nullable LifecycleRequest body, Caller who) {
    reads.visible(id, kind, who);
    String note = body == null ? null : body.changeNote();
    List<FieldError> errors = EntryRules.checkChangeNote(note, "/changeNote");
    if (!errors.isEmpty()) {
      throw new InvalidEntryException(errors);
    }
    return EntryDetail.of(
        entries
            .archive(new EntryId(id), note.strip(), who.editor())
            .orElseThrow(() -> EntryReads.notFound(id)));
  }

  /** The commission's assessment comes from the case service, not from the editor's form. */
  private static EntryContent keepAssessment(Entry current, EntryContent next) {
    if (current.content().caseAssessment() == null) {
      return next;
    }
    return new EntryContent(
        next.algorithm(), next.platform(), next.internal(), current.content().caseAssessment());
  }

  private static String noteOr(@Nullable String note, String fallback) {
    if (note == null || note.isBlank()) {
      return fallback;
    }
    List<FieldError> errors = EntryRules.checkChangeNote(note, "/changeNote");
    if (!errors.isEmpty()) {
      throw new InvalidEntryException(errors);
    }
    return note.strip();
  }
}
