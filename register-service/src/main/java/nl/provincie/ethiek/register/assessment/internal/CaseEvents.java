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
 * service). Tolerant reader: only the fields used here; unknown fields are ignored. Each event says
 * what the entries it names show from now on, and the note of their new version.
 */
final class CaseEvents {

  private CaseEvents() {}

  /** A case event that concerns register entries. */
  sealed interface CaseEvent permits Outcome, ReEvaluationDue {
    UUID eventId();

    List<UUID> registerEntryIds();

    /** The assessment the entries show from now on. */
    CaseAssessment assessment();

    /** Why the entries got a new version: their change note. */
    String note();
  }

  /** An outcome of a case (adopted advice, a decision), published on the entry as it may be. */
  sealed interface Outcome extends CaseEvent permits AdviceAdopted, DecisionRecorded {
    Instant occurredAt();

    String caseId();

    @Nullable
    String confidentiality();

    String summary();

    /** The public part of the summary, the case and the outcome's day. */
    default CaseAssessment outcome(String status, @Nullable String nextReviewDate) {
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
      implements Outcome {

    @Override
    public CaseAssessment assessment() {
      return outcome(CaseAssessment.ADVICE_ADOPTED, null);
    }

    @Override
    public String note() {
      return "Advies van de ethische commissie vastgesteld (zaak " + caseId + ")";
    }
  }

  @Serdeable
  record DecisionRecorded(
      UUID eventId,
      Instant occurredAt,
      String caseId,
      List<UUID> registerEntryIds,
      @Nullable String confidentiality,
      String summary,
      @Nullable String nextReviewDate)
      implements Outcome {

    @Override
    public CaseAssessment assessment() {
      return outcome(CaseAssessment.DECISION_RECORDED, nextReviewDate);
    }

    @Override
    public String note() {
      return "Besluit vastgelegd (zaak " + caseId + ")";
    }
  }

  @Serdeable
  record ReEvaluationDue(
      UUID eventId,
      String caseId,
      List<UUID> registerEntryIds,
      String dueDate,
      @Nullable String reason)
      implements CaseEvent {

    @Override
    public CaseAssessment assessment() {
      return new CaseAssessment(
          CaseAssessment.RE_EVALUATION_DUE,
          reason == null ? "Herbeoordeling gepland" : reason,
          caseId,
          null,
          dueDate);
    }

    @Override
    public String note() {
      return "Herbeoordeling gepland op " + dueDate + " (zaak " + caseId + ")";
    }
  }
}
