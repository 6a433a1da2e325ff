package nl.provincie.ethiek.cases.casefile;

import java.time.LocalDate;

/**
 * A decision dated before the day its advice was adopted: a decision follows the advice it answers
 * (issue 14 item 7), so the request is refused and nothing is stored.
 */
public final class DecisionBeforeAdvice extends CaseRuleViolation {

  private final LocalDate decidedOn;
  private final LocalDate adoptedOn;

  DecisionBeforeAdvice(LocalDate decidedOn, LocalDate adoptedOn) {
    super(
        "/decidedOn",
        "The decision of "
            + decidedOn
            + " lies before the advice it follows, adopted on "
            + adoptedOn
            + ".");
    this.decidedOn = decidedOn;
    this.adoptedOn = adoptedOn;
  }

  public LocalDate decidedOn() {
    return decidedOn;
  }

  public LocalDate adoptedOn() {
    return adoptedOn;
  }
}
