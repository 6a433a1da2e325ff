package nl.provincie.ethiek.cases.casefile;

/** How a case came in: a request, a proposal from the register, or the seed documents. */
public enum Origin {
  REQUEST,
  REGISTER_PROPOSAL,
  DEMO_DATA
}
