package nl.provincie.ethiek.register.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.EntryRequests.AlgorithmRequest;
import nl.provincie.ethiek.register.entry.EntryRequests.LifecycleRequest;
import nl.provincie.ethiek.register.entry.EntryRequests.PlatformRequest;
import nl.provincie.ethiek.register.entry.EntryViews.EntryDetail;

/** The write side shared by the controllers: requests to content, change notes, lifecycle. */
@Singleton
class EntryWrites {

  static final String FIRST_NOTE = "Eerste registratie";
  static final String PUBLISH_NOTE = "Gepubliceerd in het register";

  private final Entries entries;
  private final EntryReads reads;

  EntryWrites(Entries entries, EntryReads reads) {
    this.entries = entries;
    this.reads = reads;
  }

  Entry createAlgorithm(AlgorithmRequest request, Authentication who) {
    EntryContent content = algorithmContent(request, false);
    return entries.create(content, noteOr(request.changeNote(), FIRST_NOTE), who.getName());
  }

  Entry createPlatform(PlatformRequest request, Authentication who) {
    EntryContent content = platformContent(request, false);
    return entries.create(content, noteOr(request.changeNote(), FIRST_NOTE), who.getName());
  }

  EntryDetail reviseAlgorithm(UUID id, AlgorithmRequest request, Authentication who) {
    EntryContent content = algorithmContent(request, true);
    Entry current = reads.visible(id, Optional.of(EntryKind.ALGORITHM), who);
    content = keepAssessment(current, content);
    return EntryDetail.of(
        entries
            .revise(new EntryId(id), content, request.changeNote().strip(), who.getName())
            .orElseThrow(() -> EntryController.notFound(id)));
  }

  EntryDetail revisePlatform(UUID id, PlatformRequest request, Authentication who) {
    EntryContent content = platformContent(request, true);
    Entry current = reads.visible(id, Optional.of(EntryKind.PLATFORM), who);
    content = keepAssessment(current, content);
    return EntryDetail.of(
        entries
            .revise(new EntryId(id), content, request.changeNote().strip(), who.getName())
            .orElseThrow(() -> EntryController.notFound(id)));
  }

  EntryDetail publish(
      UUID id, Optional<EntryKind> kind, @Nullable LifecycleRequest body, Authentication who) {
    reads.visible(id, kind, who);
    String note = noteOr(body == null ? null : body.changeNote(), PUBLISH_NOTE);
    return EntryDetail.of(
        entries
            .publish(new EntryId(id), note, who.getName())
            .orElseThrow(() -> EntryController.notFound(id)));
  }

  EntryDetail archive(
      UUID id, Optional<EntryKind> kind, @Nullable LifecycleRequest body, Authentication who) {
    reads.visible(id, kind, who);
    String note = body == null ? null : body.changeNote();
    List<FieldError> errors = EntryRules.checkChangeNote(note, "/changeNote");
    if (!errors.isEmpty()) {
      throw new InvalidEntryException(errors);
    }
    return EntryDetail.of(
        entries
            .archive(new EntryId(id), note.strip(), who.getName())
            .orElseThrow(() -> EntryController.notFound(id)));
  }

  /** The commission's assessment comes from the case service, not from the editor's form. */
  private static EntryContent keepAssessment(Entry current, EntryContent next) {
    EntryContent content = next;
    if (current.content().caseAssessment() != null) {
      content =
          new EntryContent(
              next.algorithm(),
              next.platform(),
              next.internal(),
              current.content().caseAssessment());
    }
    return content;
  }

  private static EntryContent algorithmContent(AlgorithmRequest request, boolean noteRequired) {
    List<FieldError> errors = new ArrayList<>();
    if (noteRequired) {
      errors.addAll(EntryRules.checkChangeNote(request.changeNote(), "/changeNote"));
    }
    errors.addAll(EntryRules.checkAlgorithm(request.fields(), "/fields"));
    errors.addAll(EntryRules.checkInternal(request.internal(), "/internal"));
    if (!errors.isEmpty()) {
      throw new InvalidEntryException(errors);
    }
    return EntryContent.ofAlgorithm(strip(request.fields()), request.internal());
  }

  private static EntryContent platformContent(PlatformRequest request, boolean noteRequired) {
    List<FieldError> errors = new ArrayList<>();
    if (noteRequired) {
      errors.addAll(EntryRules.checkChangeNote(request.changeNote(), "/changeNote"));
    }
    errors.addAll(EntryRules.checkPlatform(request.fields(), "/fields"));
    errors.addAll(EntryRules.checkInternal(request.internal(), "/internal"));
    if (!errors.isEmpty()) {
      throw new InvalidEntryException(errors);
    }
    return EntryContent.ofPlatform(request.fields(), request.internal());
  }

  private static AlgorithmFields strip(AlgorithmFields f) {
    return new AlgorithmFields(
        f.name().strip(),
        f.descriptionShort().strip(),
        f.organization().strip(),
        f.category(),
        f.status(),
        f.beginDate(),
        f.endDate(),
        f.contactEmail().strip(),
        f.website(),
        f.publicationCategory(),
        f.url(),
        f.goal(),
        f.proportionality(),
        f.humanIntervention(),
        f.risks(),
        f.lawfulBasis(),
        f.lawfulBasisGrouping(),
        f.processIndexUrl(),
        f.impacttoetsenGrouping(),
        f.impacttoetsen(),
        f.sourceData(),
        f.sourceDataGrouping(),
        f.methodsAndModels(),
        f.provider(),
        f.publiccode(),
        f.tags());
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
