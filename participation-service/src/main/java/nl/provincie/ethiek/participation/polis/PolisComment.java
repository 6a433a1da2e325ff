package nl.provincie.ethiek.participation.polis;

/** One row of a pol.is comments.csv. */
record PolisComment(
    int commentId, long timestamp, Integer authorId, int moderated, boolean meta, String body) {}
