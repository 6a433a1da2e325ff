package nl.provincie.ethiek.cases.casefile;

/** Degree of negative influence on a value: geen / matig / veel. */
public enum Influence {
  NONE,
  MODERATE,
  MUCH
}
