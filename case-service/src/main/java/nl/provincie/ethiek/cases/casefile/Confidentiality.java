package nl.provincie.ethiek.cases.casefile;

/** Who may read a case: everyone, staff, or only the commission's own roles. */
public enum Confidentiality {
  PUBLIC,
  INTERNAL,
  CONFIDENTIAL
}
