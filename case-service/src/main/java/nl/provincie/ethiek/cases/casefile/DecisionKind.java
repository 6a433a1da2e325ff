package nl.provincie.ethiek.cases.casefile;

/** "Pas toe of leg uit": the decision maker follows the advice, or explains why not. */
public enum DecisionKind {
  COMPLY,
  EXPLAIN
}
