package nl.provincie.ethiek.cases.casefile;

import java.util.Set;
import java.util.TreeSet;

/** An operation that the case's current state does not allow (not a transition itself). */
public class WrongState extends RuntimeException {

  private final CaseState current;
  private final Set<CaseState> allowed;

  public WrongState(String operation, CaseState current, Set<CaseState> allowed) {
    super(
        operation + " is possible in " + new TreeSet<>(allowed) + "; the case is " + current + ".",
        null,
        false,
        false);
    this.current = current;
    this.allowed = Set.copyOf(allowed);
  }

  public CaseState current() {
    return current;
  }

  public Set<CaseState> allowed() {
    return allowed;
  }
}
