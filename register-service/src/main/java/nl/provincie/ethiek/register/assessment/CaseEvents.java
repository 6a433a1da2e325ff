package nl.provincie.ethiek.register.assessment;

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

  /** What the public may read of a case's outcome depends on the case's confidentiality. */
  static String publicSummary(@Nullable String confidentiality, String summary) {
    return confidentiality == null || "PUBLIC".equals(confidentiality)
        ? summary
        : "De ethische commissie heeft deze toepassing beoordeeld (niet-openbare zaak).";
  }

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
