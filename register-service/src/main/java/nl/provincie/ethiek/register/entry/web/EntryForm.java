package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import nl.provincie.ethiek.register.entry.AlgorithmFields;
import nl.provincie.ethiek.register.entry.EntryContent;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.EntryRules;
import nl.provincie.ethiek.register.entry.FieldError;
import nl.provincie.ethiek.register.entry.InternalFields;
import nl.provincie.ethiek.register.entry.InvalidEntryException;
import nl.provincie.ethiek.register.entry.PlatformFields;
import nl.provincie.ethiek.register.entry.web.ContentBodies.InternalBody;
import nl.provincie.ethiek.register.entry.web.EntryRequests.AlgorithmRequest;
import nl.provincie.ethiek.register.entry.web.EntryRequests.PlatformRequest;

/** What an editor sent for a new entry or a new version, of either kind. */
record EntryForm(
    EntryKind kind,
    @Nullable AlgorithmFields algorithm,
    @Nullable PlatformFields platform,
    @Nullable InternalFields internal,
    @Nullable String changeNote) {

  static EntryForm of(AlgorithmRequest request) {
    return new EntryForm(
        EntryKind.ALGORITHM,
        request.fields() == null ? null : request.fields().fields(),
        null,
        internal(request.internal()),
        request.changeNote());
  }

  static EntryForm of(PlatformRequest request) {
    return new EntryForm(
        EntryKind.PLATFORM,
        null,
        request.fields() == null ? null : request.fields().fields(),
        internal(request.internal()),
        request.changeNote());
  }

  private static InternalFields internal(@Nullable InternalBody body) {
    return body == null ? null : body.fields();
  }

  /**
   * The content the form describes, every wrong value reported at once; a new version needs a
   * change note.
   */
  EntryContent content(boolean noteRequired) {
    List<FieldError> errors = new ArrayList<>();
    if (noteRequired) {
      errors.addAll(EntryRules.checkChangeNote(changeNote, "/changeNote"));
    }
    if (kind == EntryKind.ALGORITHM) {
      errors.addAll(EntryRules.checkAlgorithm(algorithm, "/fields"));
    } else {
      errors.addAll(EntryRules.checkPlatform(platform, "/fields"));
    }
    errors.addAll(EntryRules.checkInternal(internal, "/internal"));
    if (!errors.isEmpty()) {
      throw new InvalidEntryException(errors);
    }
    return kind == EntryKind.ALGORITHM
        ? EntryContent.ofAlgorithm(algorithm.stripped(), internal)
        : EntryContent.ofPlatform(platform, internal);
  }
}
