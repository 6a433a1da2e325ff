package nl.provincie.ethiek.register.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.provincie.ethiek.register.assessment.CaseOutcomes;
import nl.provincie.ethiek.register.entry.CaseAssessment;

/**
 * The register's reading of the case service's events (contract: docs/adr/0011, owned by the case
 * service). Tolerant reader: only the fields used here; unknown fields are ignored.
 */
final class CaseEvents {

  private CaseEvents() {}

  /** What every case event read here names: itself, its case and the entries it concerns. */
  sealed interface CaseEvent permits Outcome, ReEvaluationDue {
    UUID eventId();

    String caseId();

    List<UUID> registerEntryIds();
  }

  /** An outcome of a case (adopted advice, a decision), published on the entry as it may be. */
  sealed interface Outcome extends CaseEvent permits AdviceAdopted, DecisionRecorded {
    Instant occurredAt();

    @Nullable
    String confidentiality();

    String summary();

    /** The assessment the entry shows: the public part of the summary, on the outcome's day. */
    default CaseAssessment assessment(String status, @Nullable String nextReviewDate) {
      return new CaseAssessment(
          status,
          CaseOutcomes.publicSummary(confidentiality(), summary()),
          caseId(),
          CaseOutcomes.dayOf(occurredAt()),
          nextReviewDate);
    }
  }

  @Serdeable
  record AdviceAdopted(
      UUID eventId,
      Instant occurredAt,
      String caseId,
      List<UUID> registerEntryIds,
      @Nullable String confidentiality,
      String summary)
      implements Outcome {}

  @Serdeable
  record DecisionRecorded(
      UUID eventId,
      Instant occurredAt,
      String caseId,
      List<UUID> registerEntryIds,
      @Nullable String confidentiality,
      String summary,
      @Nullable String nextReviewDate)
      implements Outcome {}

  @Serdeable
  record ReEvaluationDue(
      UUID eventId,
      String caseId,
      List<UUID> registerEntryIds,
      String dueDate,
      @Nullable String reason)
      implements CaseEvent {}
}
