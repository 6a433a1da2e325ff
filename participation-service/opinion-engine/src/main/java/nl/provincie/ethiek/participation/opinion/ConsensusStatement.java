package nl.provincie.ethiek.participation.opinion;

/** A statement most participants agree (or disagree) with, significantly. */
public record ConsensusStatement(
    StatementId statement, int successes, int trials, double probability, double probabilityZ) {}
