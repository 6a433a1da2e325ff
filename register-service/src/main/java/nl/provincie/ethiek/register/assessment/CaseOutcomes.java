package nl.provincie.ethiek.register.assessment;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How a case's outcome shows in the public register (docs/adr/0009, 0011): what the public may read
 * of it, and on which day it happened.
 */
public final class CaseOutcomes {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private CaseOutcomes() {}

  /** What the public may read of a case's outcome depends on the case's confidentiality. */
  public static String publicSummary(String confidentiality, String summary) {
    return confidentiality == null || "PUBLIC".equals(confidentiality)
        ? summary
        : "De ethische commissie heeft deze toepassing beoordeeld (niet-openbare zaak).";
  }

  /** The day (in the Netherlands) an event happened, as YYYY-MM-DD; null when not known. */
  public static String dayOf(Instant at) {
    return at == null ? null : at.atZone(NETHERLANDS).toLocalDate().toString();
  }
}
