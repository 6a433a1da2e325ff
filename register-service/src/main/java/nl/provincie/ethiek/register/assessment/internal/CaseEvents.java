package nl.provincie.ethiek.register.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The register's reading of the case service's events (contract: docs/adr/0011, owned by the case
 * service). Tolerant reader: only the fields used here; unknown fields are ignored.
 */
final class CaseEvents {

  private CaseEvents() {}

  @Serdeable
  record AdviceAdopted(
      UUID eventId,
      Instant occurredAt,
      String caseId,
      List<UUID> registerEntryIds,
      @Nullable String confidentiality,
      String summary) {}

  @Serdeable
  record DecisionRecorded(
      UUID eventId,
      Instant occurredAt,
      String caseId,
      List<UUID> registerEntryIds,
      @Nullable String confidentiality,
      String summary,
      @Nullable String nextReviewDate) {}

  @Serdeable
  record ReEvaluationDue(
      UUID eventId,
      String caseId,
      List<UUID> registerEntryIds,
      String dueDate,
      @Nullable String reason) {}
}
