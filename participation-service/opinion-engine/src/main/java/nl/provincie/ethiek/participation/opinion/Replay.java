package nl.provincie.ethiek.participation.opinion;

/**
 * How {@link OpinionEngine#rebuild} replays a conversation's history (ADR 0057).
 *
 * <p>Votes are recorded in windows of {@code windowMillis} of cast time (floor of the time divided
 * by the window), so the once-in-always-in set is the one a math worker with that cadence had. With
 * {@code live} false (the default, {@link #DEFAULT}) the groups come from one cold computation
 * after the last window; with {@code live} true every window is followed by a computation from the
 * previous state, as a live math worker does: the k-stability rule (spec 4.4), the warm start of
 * the components and of the base clusters all see the history, and the last window's computation is
 * the result.
 */
public record Replay(long windowMillis, boolean live) {
  /** One-second windows (pol.is's vote poll), one cold computation at the end. */
  public static final Replay DEFAULT = new Replay(1_000, false);

  public Replay {
    if (windowMillis < 1) {
      throw new IllegalArgumentException("replay window must be at least 1 ms: " + windowMillis);
    }
  }

  /** Windows of {@code windowMillis}, one cold computation at the end. */
  public static Replay cold(long windowMillis) {
    return new Replay(windowMillis, false);
  }

  /** Windows of {@code windowMillis}, each followed by a computation from the previous state. */
  public static Replay live(long windowMillis) {
    return new Replay(windowMillis, true);
  }
}
