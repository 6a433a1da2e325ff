package nl.provincie.ethiek.participation.opinion;

/**
 * Product over groups of (A_g + 1) / (S_g + 2) (agree) and of (D_g + 1) / (S_g + 2) (disagree),
 * over the in-conversation members of each group.
 */
public record GroupInformedConsensus(StatementId statement, double agree, double disagree) {}
