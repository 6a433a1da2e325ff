package nl.provincie.ethiek.register.entry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.register.entry.Entry;
import nl.provincie.ethiek.register.entry.EntryContent;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.EntryStatus;
import nl.provincie.ethiek.register.entry.EntryVersion;
import nl.provincie.ethiek.register.entry.web.ContentBodies.AlgorithmBody;
import nl.provincie.ethiek.register.entry.web.ContentBodies.CaseAssessmentBody;
import nl.provincie.ethiek.register.entry.web.ContentBodies.InternalBody;
import nl.provincie.ethiek.register.entry.web.ContentBodies.PlatformBody;

/** What the register's read API answers. */
final class EntryViews {

  static final String NATIONAL_PAGE = "https://algoritmes.overheid.nl/nl/algoritme/";

  private EntryViews() {}

  /**
   * One line of a list. id, name, organisation, description, status, version and publishedAt are
   * what the portal reads; keep them.
   */
  @Serdeable
  record EntrySummary(
      UUID id,
      EntryKind kind,
      String name,
      String organisation,
      String description,
      EntryStatus status,
      long version,
      @Nullable Instant publishedAt,
      @Nullable String useStatus,
      @Nullable String publicationCategory,
      List<String> themes,
      @Nullable String nextReviewDate) {

    static EntrySummary of(Entry entry) {
      EntryContent content = entry.content();
      return new EntrySummary(
          entry.id().value(),
          entry.kind(),
          content.name(),
          content.organisation(),
          content.description(),
          entry.status(),
          entry.version(),
          entry.publishedAt().orElse(null),
          content.useStatus(),
          content.publicationCategory().orElse(null),
          content.themes(),
          nextReview(content));
    }
  }

  @Serdeable
  record EntryPage(List<EntrySummary> items, int total, int page, int size) {}

  /** Where the entry stands in the national Algoritmeregister. */
  @Serdeable
  record National(@Nullable String lars, @Nullable String state, @Nullable String url) {
    static National of(Entry entry) {
      return new National(
          entry.lars().orElse(null),
          entry.nationalState().orElse(null),
          entry.lars().map(lars -> NATIONAL_PAGE + lars).orElse(null));
    }
  }

  /** One entry with everything it says. fields holds the algorithm or the platform fields. */
  @Serdeable
  record EntryDetail(
      UUID id,
      EntryKind kind,
      EntryStatus status,
      long version,
      @Nullable Instant publishedAt,
      Instant updatedAt,
      @Nullable AlgorithmBody algorithm,
      @Nullable PlatformBody platform,
      InternalBody internal,
      @Nullable CaseAssessmentBody caseAssessment,
      @Nullable String nextReviewDate,
      National national) {

    static EntryDetail of(Entry entry) {
      EntryContent content = entry.content();
      return new EntryDetail(
          entry.id().value(),
          entry.kind(),
          entry.status(),
          entry.version(),
          entry.publishedAt().orElse(null),
          entry.updatedAt(),
          AlgorithmBody.of(content.algorithm()),
          PlatformBody.of(content.platform()),
          InternalBody.of(content.internal()),
          CaseAssessmentBody.of(content.caseAssessment()),
          nextReview(content),
          National.of(entry));
    }
  }

  /** One version in the public history: when, in which state, what changed and why. */
  @Serdeable
  record VersionSummary(
      long version,
      EntryStatus status,
      Instant changedAt,
      String changeNote,
      List<String> changedFields) {
    static VersionSummary of(EntryVersion version) {
      return new VersionSummary(
          version.version(),
          version.status(),
          version.changedAt(),
          version.changeNote(),
          version.changedFields());
    }
  }

  @Serdeable
  record History(UUID entryId, List<VersionSummary> versions) {}

  /** One version with its full content as it was. */
  @Serdeable
  record VersionDetail(
      long version,
      EntryStatus status,
      Instant changedAt,
      String changeNote,
      List<String> changedFields,
      @Nullable AlgorithmBody algorithm,
      @Nullable PlatformBody platform,
      InternalBody internal,
      @Nullable CaseAssessmentBody caseAssessment) {
    static VersionDetail of(EntryVersion version) {
      EntryContent content = version.content();
      return new VersionDetail(
          version.version(),
          version.status(),
          version.changedAt(),
          version.changeNote(),
          version.changedFields(),
          AlgorithmBody.of(content.algorithm()),
          PlatformBody.of(content.platform()),
          InternalBody.of(content.internal()),
          CaseAssessmentBody.of(content.caseAssessment()));
    }
  }

  /** The next review: the commission's date, else the platform's next assessment month. */
  static String nextReview(EntryContent content) {
    if (content.caseAssessment() != null && content.caseAssessment().nextReviewDate() != null) {
      return content.caseAssessment().nextReviewDate();
    }
    return content.platform() == null ? null : content.platform().nextAssessmentDate();
  }
}
