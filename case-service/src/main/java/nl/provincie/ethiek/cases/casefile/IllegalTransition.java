package nl.provincie.ethiek.cases.casefile;

import java.util.Set;
import java.util.TreeSet;

/** A requested state change the lifecycle does not allow from the current state. */
public class IllegalTransition extends RuntimeException {

  private final CaseState current;
  private final CaseState target;
  private final Set<CaseState> allowed;

  public IllegalTransition(CaseState current, CaseState target, Set<CaseState> allowed) {
    super(
        "A case in state "
            + current
            + " cannot move to "
            + target
            + "; allowed from "
            + current
            + ": "
            + (allowed.isEmpty() ? "none" : new TreeSet<>(allowed)),
        null,
        false,
        false);
    this.current = current;
    this.target = target;
    this.allowed = Set.copyOf(allowed);
  }

  public CaseState current() {
    return current;
  }

  public CaseState target() {
    return target;
  }

  public Set<CaseState> allowed() {
    return allowed;
  }
}
