package nl.provincie.ethiek.cases.inbound;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of register.entry-published.v1 (contract in docs/adr/0011): the fields it
 * uses, by the names the register sends; unknown fields are ignored, so the register can add more.
 * The optional facts default as older events, which lack them, mean them: no kind, category or risk
 * group, no personal data, not resident-facing, no linked ethics case.
 */
@Serdeable
record RegisterEntryPublished(
    UUID eventId,
    Instant occurredAt,
    UUID entryId,
    long version,
    String name,
    String organisation,
    @Nullable String description,
    @Nullable String kind,
    @Nullable String publicationCategory,
    @Nullable String aiActRiskGroup,
    @Nullable Boolean personalData,
    @Nullable Boolean residentFacing,
    @Nullable List<String> ethicsCaseIds) {

  RegisterEntryPublished {
    kind = kind == null ? "" : kind;
    publicationCategory = publicationCategory == null ? "" : publicationCategory;
    aiActRiskGroup = aiActRiskGroup == null ? "" : aiActRiskGroup;
    personalData = Boolean.TRUE.equals(personalData);
    residentFacing = Boolean.TRUE.equals(residentFacing);
    ethicsCaseIds = ethicsCaseIds == null ? List.of() : List.copyOf(ethicsCaseIds);
  }

  /**
   * Whether the register already links the entry to an ethics case (docs/adr/0036): that case
   * follows the entry, so no second one is proposed, whichever of the two arrives first.
   */
  boolean namesAnEthicsCase() {
    return !ethicsCaseIds.isEmpty();
  }
}
