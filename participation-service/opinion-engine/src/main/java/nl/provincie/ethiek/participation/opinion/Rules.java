package nl.provincie.ethiek.participation.opinion;

/**
 * Which version of pol.is's rules the engine follows (ADR 0057). {@link #CURRENT} is the spec
 * (../shared/specs/opinion-analysis.md) and the default everywhere; the others exist to compare
 * with exports that an older pol.is computed, never for a live conversation.
 *
 * @param zeroImputation missing votes count as 0 before centring, the centre being the mean over
 *     every participant (pol.is until its commit 90b5b9e6 of 2017-10-21); positions still sum over
 *     the votes cast only. Otherwise spec 2.1: missing votes take the column mean.
 * @param rejectedCountedUntilMillis votes cast before this instant are recorded with pol.is's
 *     counting defect of 2017-02-27 to 2017-10-31 (commits b68ca8b6 / 30355e11): a rejected column
 *     counts as a vote of every participant for the in-conversation threshold, so with at least
 *     seven rejected statements everyone who voted is in. {@link Long#MIN_VALUE}: never; {@link
 *     Long#MAX_VALUE}: always, also for batches given to {@link OpinionEngine#record} (which carry
 *     no time and count as cast after any other cut-off).
 * @param warmGroupStarts a recomputation starts the opinion groups of every k from that k's
 *     previous centres, as pol.is's group clusterings do (conversation.clj, {@code :last-clusters}
 *     of {@code :group-clusterings}); otherwise cold, as spec 4.2 and ADR 0007 point 6 say. Only a
 *     recomputation (a live engine, a live {@link Replay}) is affected.
 */
public record Rules(
    boolean zeroImputation, long rejectedCountedUntilMillis, boolean warmGroupStarts) {
  /** The spec's rules. */
  public static final Rules CURRENT = new Rules(false, Long.MIN_VALUE, false);

  /** pol.is as it ran in mid-2017: zero imputation and the counting defect throughout. */
  public static final Rules POLIS_2017 = new Rules(true, Long.MAX_VALUE, false);

  /** These rules with opinion groups started from their previous centres. */
  public Rules withWarmGroupStarts() {
    return new Rules(zeroImputation, rejectedCountedUntilMillis, true);
  }

  /** Whether no vote is ever recorded with the counting defect. */
  boolean neverCountsRejected() {
    return rejectedCountedUntilMillis == Long.MIN_VALUE;
  }

  boolean countsRejected(long castAtMillis) {
    return castAtMillis < rejectedCountedUntilMillis;
  }
}
