package nl.provincie.ethiek.register.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * The register's reading of the case service's events (contract: docs/adr/0009). Tolerant reader:
 * only the fields used here; unknown fields are ignored. Dates are ISO YYYY-MM-DD.
 */
final class CaseEvents {

  private CaseEvents() {}

  @Serdeable
  record AdviceAdopted(
      UUID eventId,
      String caseId,
      List<UUID> registerEntryIds,
      String adviceSummary,
      @Nullable String adoptedOn,
      @Nullable String nextReviewDate) {}

  @Serdeable
  record DecisionRecorded(
      UUID eventId,
      String caseId,
      List<UUID> registerEntryIds,
      String decisionSummary,
      @Nullable String decidedOn,
      @Nullable String nextReviewDate) {}

  @Serdeable
  record ReEvaluationDue(
      UUID eventId,
      String caseId,
      List<UUID> registerEntryIds,
      String dueOn,
      @Nullable String reason) {}
}
