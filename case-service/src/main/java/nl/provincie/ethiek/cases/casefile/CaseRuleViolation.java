package nl.provincie.ethiek.cases.casefile;

/**
 * A command that breaks a rule of the case (a missing motivation for "explain", an unknown value, a
 * step that does not exist): the request is refused and nothing is stored.
 */
public class CaseRuleViolation extends RuntimeException {

  private final String field;

  public CaseRuleViolation(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  /** JSON pointer of the offending input, e.g. {@code /motivation}, or empty when none applies. */
  public String field() {
    return field;
  }

  public static void require(boolean condition, String field, String message) {
    if (!condition) {
      throw new CaseRuleViolation(field, message);
    }
  }
}
