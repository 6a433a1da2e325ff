package nl.provincie.ethiek.cases.casefile;

/** The answer to one triage question. */
public enum Verdict {
  YES,
  NO,
  UNCERTAIN,
  NOT_ASSESSED
}
