package nl.provincie.ethiek.cases.casefile;

import java.time.Instant;

/** One step in the case's history. */
public record StateChange(CaseState from, CaseState to, String actor, Instant at, String reason) {}
