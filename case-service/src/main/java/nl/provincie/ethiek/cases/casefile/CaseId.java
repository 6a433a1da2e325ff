package nl.provincie.ethiek.cases.casefile;

import java.util.UUID;

/**
 * An ethics case's identity. On the wire and in the stored document it is the plain UUID it wraps
 * (see {@code casefile/service/CaseIdSerde}), so typing it changed no JSON.
 */
public record CaseId(UUID value) {

  public CaseId {
    CaseRuleViolation.require(value != null, "/id", "A case needs an id.");
  }

  public static CaseId of(UUID value) {
    return new CaseId(value);
  }

  public static CaseId random() {
    return new CaseId(UUID.randomUUID());
  }

  /** The UUID as text, as it appears in addresses, messages and audit entries. */
  @Override
  public String toString() {
    return value.toString();
  }
}
