package nl.provincie.ethiek.cases.casefile;

public enum ReEvaluationTrigger {
  PERIODIC,
  CHANGE,
  INCIDENT,
  RESIDENT_SIGNAL
}
