package nl.provincie.ethiek.register.entry.web;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.provincie.ethiek.register.entry.AlgorithmFields;
import nl.provincie.ethiek.register.entry.CaseAssessment;
import nl.provincie.ethiek.register.entry.InternalFields;
import nl.provincie.ethiek.register.entry.LinkItem;
import nl.provincie.ethiek.register.entry.PlatformFields;

/**
 * The content of an entry as the HTTP API reads and writes it, apart from the domain records: the
 * national standard's snake_case names (docs/adr/0008), and for the OpenAPI document the schema
 * names the API has always had. Each body maps to its domain record and back, field for field
 * (docs/adr/0063); the stored versions keep their own JSON in {@code entry.internal}.
 */
final class ContentBodies {

  private ContentBodies() {}

  /**
   * A list as sent, or null when absent; a list holding null is refused while the body is read, as
   * the domain records refuse it.
   */
  private static <T> List<T> listOf(List<T> items) {
    return items == null ? null : List.copyOf(items);
  }

  /**
   * Every field of the national publication standard v1.0, under the delivery API's names (JSON in
   * snake_case, e.g. description_short). lang and standard_version are fixed and added on delivery.
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "AlgorithmFields")
  record AlgorithmBody(
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
      String url,
      String goal,
      String proportionality,
      String humanIntervention,
      String risks,
      String lawfulBasis,
      List<LinkBody> lawfulBasisGrouping,
      String processIndexUrl,
      List<LinkBody> impacttoetsenGrouping,
      String impacttoetsen,
      String sourceData,
      List<LinkBody> sourceDataGrouping,
      String methodsAndModels,
      String provider,
      String publiccode,
      String tags) {

    AlgorithmBody {
      category = listOf(category);
      lawfulBasisGrouping = listOf(lawfulBasisGrouping);
      impacttoetsenGrouping = listOf(impacttoetsenGrouping);
      sourceDataGrouping = listOf(sourceDataGrouping);
    }

    static AlgorithmBody of(AlgorithmFields f) {
      return f == null
          ? null
          : new AlgorithmBody(
              f.name(),
              f.descriptionShort(),
              f.organization(),
              f.category(),
              f.status(),
              f.beginDate(),
              f.endDate(),
              f.contactEmail(),
              f.website(),
              f.publicationCategory(),
              f.url(),
              f.goal(),
              f.proportionality(),
              f.humanIntervention(),
              f.risks(),
              f.lawfulBasis(),
              LinkBody.of(f.lawfulBasisGrouping()),
              f.processIndexUrl(),
              LinkBody.of(f.impacttoetsenGrouping()),
              f.impacttoetsen(),
              f.sourceData(),
              LinkBody.of(f.sourceDataGrouping()),
              f.methodsAndModels(),
              f.provider(),
              f.publiccode(),
              f.tags());
    }

    AlgorithmFields fields() {
      return new AlgorithmFields(
          name,
          descriptionShort,
          organization,
          category,
          status,
          beginDate,
          endDate,
          contactEmail,
          website,
          publicationCategory,
          url,
          goal,
          proportionality,
          humanIntervention,
          risks,
          lawfulBasis,
          LinkBody.items(lawfulBasisGrouping),
          processIndexUrl,
          LinkBody.items(impacttoetsenGrouping),
          impacttoetsen,
          sourceData,
          LinkBody.items(sourceDataGrouping),
          methodsAndModels,
          provider,
          publiccode,
          tags);
    }
  }

  /**
   * A titled link, as in lawful_basis_grouping, impacttoetsen_grouping and source_data_grouping.
   */
  @Serdeable
  @Schema(name = "LinkItem")
  record LinkBody(String title, String link) {

    static List<LinkBody> of(List<LinkItem> items) {
      return items == null
          ? null
          : items.stream().map(item -> new LinkBody(item.title(), item.link())).toList();
    }

    static List<LinkItem> items(List<LinkBody> links) {
      return links == null
          ? null
          : links.stream().map(link -> new LinkItem(link.title(), link.link())).toList();
    }
  }

  /**
   * A platform or channel the province uses or explores (the register the national standard lacks):
   * why, for whom, whether it pays for reach, what data is shared, and how its latest values
   * assessment came out. Dates of assessments are months (YYYY-MM), like the national standard's.
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "PlatformFields")
  record PlatformBody(
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
      AssessmentBody latestAssessment,
      String nextAssessmentDate) {

    PlatformBody {
      audiences = listOf(audiences);
      category = listOf(category);
    }

    static PlatformBody of(PlatformFields f) {
      return f == null
          ? null
          : new PlatformBody(
              f.name(),
              f.organization(),
              f.descriptionShort(),
              f.usageStatus(),
              f.purpose(),
              f.audiences(),
              f.paidUse(),
              f.paidUseExplanation(),
              f.dataShared(),
              f.managedBy(),
              f.accountUrl(),
              f.category(),
              AssessmentBody.of(f.latestAssessment()),
              f.nextAssessmentDate());
    }

    PlatformFields fields() {
      return new PlatformFields(
          name,
          organization,
          descriptionShort,
          usageStatus,
          purpose,
          audiences,
          paidUse,
          paidUseExplanation,
          dataShared,
          managedBy,
          accountUrl,
          category,
          latestAssessment == null ? null : latestAssessment.assessment(),
          nextAssessmentDate);
    }
  }

  /** The outcome of a values assessment (e.g. a CODIO session) and the score per value. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "PlatformFields.PlatformAssessment")
  record AssessmentBody(String date, String method, String outcome, List<ScoreBody> values) {

    AssessmentBody {
      values = listOf(values);
    }

    static AssessmentBody of(PlatformFields.PlatformAssessment a) {
      return a == null
          ? null
          : new AssessmentBody(
              a.date(), a.method(), a.outcome(), a.values().stream().map(ScoreBody::of).toList());
    }

    PlatformFields.PlatformAssessment assessment() {
      return new PlatformFields.PlatformAssessment(
          date,
          method,
          outcome,
          values == null ? null : values.stream().map(ScoreBody::score).toList());
    }
  }

  /** How much the platform's use weighs negatively on one value: Geen, Matig or Veel. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "PlatformFields.ValueScore")
  record ScoreBody(String value, String negativeImpact, String explanation) {

    static ScoreBody of(PlatformFields.ValueScore s) {
      return new ScoreBody(s.value(), s.negativeImpact(), s.explanation());
    }

    PlatformFields.ValueScore score() {
      return new PlatformFields.ValueScore(value, negativeImpact, explanation);
    }
  }

  /**
   * What the province records beyond the national standard: the EU AI Act role and risk group, the
   * DPIA / IAMA / FRIA dates (YYYY-MM-DD) and links, and the ethics cases that assessed the entry.
   * Shown in the public detail, never sent to the national register nor put in the standard feed.
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "InternalFields")
  record InternalBody(
      String aiActRole,
      String aiActRiskGroup,
      String dpiaDate,
      String dpiaLink,
      String iamaDate,
      String iamaLink,
      String friaDate,
      String friaLink,
      List<String> ethicsCaseIds) {

    InternalBody {
      ethicsCaseIds = listOf(ethicsCaseIds);
    }

    static InternalBody of(InternalFields f) {
      return f == null
          ? null
          : new InternalBody(
              f.aiActRole(),
              f.aiActRiskGroup(),
              f.dpiaDate(),
              f.dpiaLink(),
              f.iamaDate(),
              f.iamaLink(),
              f.friaDate(),
              f.friaLink(),
              f.ethicsCaseIds());
    }

    InternalFields fields() {
      return new InternalFields(
          aiActRole,
          aiActRiskGroup,
          dpiaDate,
          dpiaLink,
          iamaDate,
          iamaLink,
          friaDate,
          friaLink,
          ethicsCaseIds);
    }
  }

  /**
   * The ethics commission's latest word on an entry, as the case service reported it: what happened
   * (advice adopted, decision recorded, re-evaluation due), a public summary, the case, when, and
   * the next review date (YYYY-MM-DD).
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "CaseAssessment")
  record CaseAssessmentBody(
      String status, String summary, String caseId, String date, String nextReviewDate) {

    static CaseAssessmentBody of(CaseAssessment a) {
      return a == null
          ? null
          : new CaseAssessmentBody(
              a.status(), a.summary(), a.caseId(), a.date(), a.nextReviewDate());
    }
  }
}
