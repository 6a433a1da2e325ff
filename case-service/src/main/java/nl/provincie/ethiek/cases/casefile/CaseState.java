package nl.provincie.ethiek.cases.casefile;

/**
 * The states of an ethics case (specs/ethics-cases.md, "Case lifecycle"); see {@link Lifecycle}.
 */
public enum CaseState {
  SUBMITTED,
  IN_TRIAGE,
  NOT_ADMISSIBLE,
  REFERRED,
  IN_ASSESSMENT,
  ADVICE_DRAFT,
  ADVICE_ADOPTED,
  DECISION_RECEIVED,
  IN_FOLLOW_UP,
  RE_EVALUATION,
  CLOSED,
  WITHDRAWN
}
