package nl.provincie.ethiek.participation.analysis;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * The analysis's reading of a participation.vote-cast.v1 event (unknown fields ignored): who voted
 * what on which statement, by number, and when.
 */
@Serdeable
record VoteArrived(
    UUID conversationId,
    int statementNumber,
    UUID participantId,
    String vote,
    Instant occurredAt) {}
