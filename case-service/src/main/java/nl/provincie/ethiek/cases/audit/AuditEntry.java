package nl.provincie.ethiek.cases.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One link of the audit chain: who did what to which case when, the case before and after (JSON, as
 * stored), and the hash of the previous entry, sealed by this entry's own hash.
 */
public record AuditEntry(
    long sequence,
    UUID caseId,
    String actor,
    Instant at,
    String action,
    String before,
    String after,
    String previousHash,
    String hash) {}
