package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.AlgorithmFields;
import nl.provincie.ethiek.register.entry.Entries;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryId;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.EntryQuery;
import nl.provincie.ethiek.register.entry.EntryStatus;
import nl.provincie.ethiek.register.entry.SearchResult;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryDetail;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntryPage;
import nl.provincie.ethiek.register.entry.web.EntryViews.EntrySummary;
import nl.provincie.ethiek.register.entry.web.EntryViews.History;
import nl.provincie.ethiek.register.entry.web.EntryViews.VersionDetail;
import nl.provincie.ethiek.register.entry.web.EntryViews.VersionSummary;
import nl.provincie.ethiek.servicekit.problem.Problem;
import nl.provincie.ethiek.servicekit.problem.ProblemException;
import nl.provincie.ethiek.servicekit.problem.ProblemType;

/**
 * The read side shared by the entry, algorithm and platform controllers: everything published or
 * archived is public; drafts (and the draft part of a history) only for register editors.
 */
@Singleton
class EntryReads {

  static final int MAX_PAGE_SIZE = 200;

  private final Entries entries;

  EntryReads(Entries entries) {
    this.entries = entries;
  }

  /** Query parameters of a search, as they come in. */
  record Filters(
      @Nullable String q,
      @Nullable String theme,
      @Nullable String status,
      @Nullable String useStatus,
      @Nullable String publicationCategory,
      @Nullable String kind,
      @Nullable String organisation,
      @Nullable Integer page,
      @Nullable Integer size) {}

  EntryPage search(Filters filters, Optional<EntryKind> fixedKind, Caller who) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    EntryStatus status = parseStatus(filters.status(), errors);
    if (status == EntryStatus.DRAFT && who.anonymous()) {
      // anonymous: ask for credentials (401 with WWW-Authenticate), as for any secured route
      throw new AuthorizationException(null);
    }
    if (status == EntryStatus.DRAFT && !who.registerEditor()) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, HttpStatus.FORBIDDEN, "Only register editors can list drafts.");
    }
    Optional<EntryKind> kind = fixedKind.or(() -> parseKind(filters.kind(), errors));
    if (filters.theme() != null && !AlgorithmFields.THEMES.contains(filters.theme())) {
      errors.add(param("theme", "must be one of the 16 themes of the standard"));
    }
    if (filters.publicationCategory() != null
        && !AlgorithmFields.PUBLICATION_CATEGORIES.contains(filters.publicationCategory())) {
      errors.add(
          param(
              "publicationCategory",
              "must be one of: " + String.join(" | ", AlgorithmFields.PUBLICATION_CATEGORIES)));
    }
    int page = filters.page() == null ? 0 : filters.page();
    int size = filters.size() == null ? 50 : filters.size();
    if (page < 0) {
      errors.add(param("page", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.add(param("size", "must be between 1 and " + MAX_PAGE_SIZE));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          HttpStatus.BAD_REQUEST,
          "The query has " + errors.size() + " invalid parameter(s); see errors.",
          errors);
    }
    EntryQuery query =
        new EntryQuery(
            Optional.ofNullable(filters.q()),
            Optional.ofNullable(filters.theme()),
            status,
            Optional.ofNullable(filters.useStatus()),
            Optional.ofNullable(filters.publicationCategory()),
            kind,
            Optional.ofNullable(filters.organisation()),
            (long) page * size,
            size);
    SearchResult result = entries.search(query);
    return new EntryPage(
        result.items().stream().map(EntrySummary::of).toList(), result.total(), page, size);
  }

  EntryDetail detail(UUID id, Optional<EntryKind> kind, Caller who) {
    return EntryDetail.of(visible(id, kind, who));
  }

  History history(UUID id, Optional<EntryKind> kind, Caller who) {
    visible(id, kind, who);
    boolean editor = who.registerEditor();
    List<VersionSummary> versions =
        entries.history(new EntryId(id)).stream()
            .filter(version -> editor || version.status() != EntryStatus.DRAFT)
            .map(VersionSummary::of)
            .toList();
    return new History(id, versions);
  }

  VersionDetail version(UUID id, long version, Caller who) {
    visible(id, Optional.empty(), who);
    boolean editor = who.registerEditor();
    return entries.history(new EntryId(id)).stream()
        .filter(v -> v.version() == version && (editor || v.status() != EntryStatus.DRAFT))
        .findFirst()
        .map(VersionDetail::of)
        .orElseThrow(() -> ProblemException.notFound("No public version " + version + " of " + id));
  }

  Entry visible(UUID id, Optional<EntryKind> kind, Caller who) {
    boolean editor = who.registerEditor();
    return entries
        .find(new EntryId(id))
        .filter(entry -> kind.isEmpty() || entry.kind() == kind.get())
        .filter(entry -> editor || entry.status() != EntryStatus.DRAFT)
        .orElseThrow(() -> ProblemException.notFound("No published register entry " + id));
  }

  static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No register entry " + id);
  }

  private static EntryStatus parseStatus(
      @Nullable String value, List<Problem.InvalidParam> errors) {
    if (value == null) {
      return EntryStatus.PUBLISHED;
    }
    try {
      return EntryStatus.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(param("status", "must be PUBLISHED, ARCHIVED or (editors) DRAFT"));
      return EntryStatus.PUBLISHED;
    }
  }

  private static Optional<EntryKind> parseKind(
      @Nullable String value, List<Problem.InvalidParam> errors) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(EntryKind.valueOf(value.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      errors.add(param("kind", "must be ALGORITHM or PLATFORM"));
      return Optional.empty();
    }
  }

  private static Problem.InvalidParam param(String name, String message) {
    return new Problem.InvalidParam("?" + name, message);
  }
}
