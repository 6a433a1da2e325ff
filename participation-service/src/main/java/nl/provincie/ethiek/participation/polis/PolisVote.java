package nl.provincie.ethiek.participation.polis;

/** One row of a pol.is votes.csv: agree = 1, disagree = -1, pass = 0. */
record PolisVote(long timestamp, int commentId, int voterId, int vote) {}
