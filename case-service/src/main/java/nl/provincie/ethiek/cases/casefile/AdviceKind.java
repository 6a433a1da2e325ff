package nl.provincie.ethiek.cases.casefile;

public enum AdviceKind {
  POSITIVE,
  WITH_CONDITIONS,
  NEGATIVE,
  NO_POSITION,
  FURTHER_RESEARCH
}
