package nl.provincie.ethiek.cases.casefile;

import java.time.LocalDate;
import java.util.UUID;

/** A monitoring indicator: what is measured, the target, and the latest measurement. */
public record Indicator(
    UUID id, String name, String target, String latestValue, LocalDate measuredOn) {

  public Indicator {
    CaseRuleViolation.require(
        name != null && !name.isBlank(), "/name", "An indicator needs a name.");
  }
}
