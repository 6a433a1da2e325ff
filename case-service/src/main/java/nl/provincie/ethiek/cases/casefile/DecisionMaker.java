package nl.provincie.ethiek.cases.casefile;

/** Gedeputeerde Staten, Provinciale Staten, the board of directors, or the project owner. */
public enum DecisionMaker {
  GS,
  PS,
  DIRECTIE,
  PROJECT_OWNER
}
