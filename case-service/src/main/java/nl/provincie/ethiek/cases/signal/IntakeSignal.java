package nl.provincie.ethiek.cases.signal;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened elsewhere and may need the commission's attention, e.g. an algorithm
 * entry published in the register. Signals are how cases reach the commission without anyone having
 * to remember (the "driver" role of ../shared/specs/ethics-cases.md).
 */
public record IntakeSignal(
    UUID id,
    SignalSource source,
    UUID subjectId,
    String subjectName,
    String summary,
    long subjectVersion,
    Instant occurredAt,
    Instant receivedAt) {}
