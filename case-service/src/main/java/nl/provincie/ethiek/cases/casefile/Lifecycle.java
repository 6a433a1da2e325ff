package nl.provincie.ethiek.cases.casefile;

import static nl.provincie.ethiek.cases.casefile.CaseState.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal transitions of a case. Anything not listed is refused with {@link IllegalTransition},
 * which names the current state and the allowed ones.
 */
public final class Lifecycle {

  private static final Map<CaseState, Set<CaseState>> ALLOWED = new EnumMap<>(CaseState.class);

  static {
    ALLOWED.put(SUBMITTED, EnumSet.of(IN_TRIAGE, WITHDRAWN));
    ALLOWED.put(IN_TRIAGE, EnumSet.of(NOT_ADMISSIBLE, REFERRED, IN_ASSESSMENT, WITHDRAWN));
    ALLOWED.put(NOT_ADMISSIBLE, EnumSet.of(CLOSED));
    ALLOWED.put(REFERRED, EnumSet.of(CLOSED));
    ALLOWED.put(IN_ASSESSMENT, EnumSet.of(ADVICE_DRAFT, WITHDRAWN));
    ALLOWED.put(ADVICE_DRAFT, EnumSet.of(ADVICE_ADOPTED, IN_ASSESSMENT, WITHDRAWN));
    ALLOWED.put(ADVICE_ADOPTED, EnumSet.of(DECISION_RECEIVED));
    ALLOWED.put(DECISION_RECEIVED, EnumSet.of(IN_FOLLOW_UP, CLOSED));
    ALLOWED.put(IN_FOLLOW_UP, EnumSet.of(RE_EVALUATION, CLOSED));
    ALLOWED.put(RE_EVALUATION, EnumSet.of(IN_FOLLOW_UP, IN_ASSESSMENT, CLOSED));
    ALLOWED.put(CLOSED, EnumSet.noneOf(CaseState.class));
    ALLOWED.put(WITHDRAWN, EnumSet.noneOf(CaseState.class));
  }

  private Lifecycle() {}

  public static Set<CaseState> allowedFrom(CaseState current) {
    return Set.copyOf(ALLOWED.get(current));
  }

  public static void check(CaseState current, CaseState target) {
    if (!ALLOWED.get(current).contains(target)) {
      throw new IllegalTransition(current, target, allowedFrom(current));
    }
  }

  /** Open cases are those the keeper and the worklists still follow. */
  public static boolean isOpen(CaseState state) {
    return state != CLOSED && state != WITHDRAWN;
  }
}
