package nl.provincie.ethiek.portal.register;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The register service's read API as the portal reads it (GET /api/v1/entries, /{id},
 * /{id}/history). Unknown fields are ignored; lists are never null.
 */
public final class RegisterModel {

  private RegisterModel() {}

  /** One line of a search result. */
  public record EntrySummary(
      UUID id,
      String kind,
      String name,
      String organisation,
      String description,
      String status,
      long version,
      Instant publishedAt,
      String useStatus,
      String publicationCategory,
      List<String> themes,
      String nextReviewDate) {
    public EntrySummary {
      themes = themes == null ? List.of() : List.copyOf(themes);
      description = description == null ? "" : description;
    }
  }

  /** A page of search results. */
  public record EntryPage(List<EntrySummary> items, int total, int page, int size) {
    public EntryPage {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  /** One entry with everything it says; either algorithm or platform is set. */
  public record EntryDetail(
      UUID id,
      String kind,
      String status,
      long version,
      Instant publishedAt,
      Instant updatedAt,
      Algorithm algorithm,
      Platform platform,
      Internal internal,
      CaseAssessment caseAssessment,
      String nextReviewDate,
      National national) {

    public boolean isPlatform() {
      return "PLATFORM".equals(kind) || (algorithm == null && platform != null);
    }
  }

  /** The national publication standard's fields (snake_case on the wire). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Algorithm(
      String name,
      String descriptionShort,
      String organization,
      List<String> category,
      String status,
      String beginDate,
      String endDate,
      String contactEmail,
      String website,
      String publicationCategory,
      String goal,
      String proportionality,
      String humanIntervention,
      String risks,
      String lawfulBasis,
      List<Link> lawfulBasisGrouping,
      String impacttoetsen,
      List<Link> impacttoetsenGrouping,
      String sourceData,
      String methodsAndModels,
      String provider) {
    public Algorithm {
      category = category == null ? List.of() : List.copyOf(category);
      lawfulBasisGrouping =
          lawfulBasisGrouping == null ? List.of() : List.copyOf(lawfulBasisGrouping);
      impacttoetsenGrouping =
          impacttoetsenGrouping == null ? List.of() : List.copyOf(impacttoetsenGrouping);
    }
  }

  /** A platform or channel the province uses (snake_case on the wire). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Platform(
      String name,
      String organization,
      String descriptionShort,
      String usageStatus,
      String purpose,
      List<String> audiences,
      Boolean paidUse,
      String paidUseExplanation,
      String dataShared,
      String managedBy,
      String accountUrl,
      List<String> category,
      PlatformAssessment latestAssessment,
      String nextAssessmentDate) {
    public Platform {
      audiences = audiences == null ? List.of() : List.copyOf(audiences);
      category = category == null ? List.of() : List.copyOf(category);
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record PlatformAssessment(
      String date, String method, String outcome, List<ValueScore> values) {
    public PlatformAssessment {
      values = values == null ? List.of() : List.copyOf(values);
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ValueScore(String value, String negativeImpact, String explanation) {}

  /** What the province records beyond the standard: AI Act and DPIA / IAMA / FRIA. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Internal(
      String aiActRole,
      String aiActRiskGroup,
      String dpiaDate,
      String dpiaLink,
      String iamaDate,
      String iamaLink,
      String friaDate,
      String friaLink) {}

  /** The ethics commission's latest public word on the entry. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record CaseAssessment(
      String status, String summary, String caseId, String date, String nextReviewDate) {}

  public record Link(String title, String link) {}

  public record National(String lars, String state, String url) {}

  /** One version in the public history. */
  public record VersionSummary(
      long version,
      String status,
      Instant changedAt,
      String changeNote,
      List<String> changedFields) {
    public VersionSummary {
      changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
      changeNote = changeNote == null ? "" : changeNote;
    }
  }

  public record History(UUID entryId, List<VersionSummary> versions) {
    public History {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }
  }

  /** A search: every field may be null (no filter). kind is ALGORITHM or PLATFORM. */
  public record Search(String q, String kind, String theme, String useStatus, int page, int size) {
    public static Search all() {
      return new Search(null, null, null, null, 0, 20);
    }
  }
}
