package nl.provincie.ethiek.participation.opinion;

/**
 * Whether a cast time falls in a replay window after a given one ({@code floorDiv(time, window
 * length) > window}), decided by one comparison with the next window's first millisecond instead of
 * a division per vote; exact at the ends of the long range too.
 */
final class LaterWindows {
  private final long firstMillis;
  private final boolean none;

  private LaterWindows(long firstMillis, boolean none) {
    this.firstMillis = firstMillis;
    this.none = none;
  }

  /** Times in windows after {@code window} of {@code windowMillis} each. */
  static LaterWindows after(long window, long windowMillis) {
    if (window == Long.MAX_VALUE) {
      return new LaterWindows(0, true);
    }
    try {
      return new LaterWindows(Math.multiplyExact(window + 1, windowMillis), false);
    } catch (ArithmeticException overflow) {
      // the next window starts beyond every long, or before every long
      return window + 1 > 0 ? new LaterWindows(0, true) : new LaterWindows(Long.MIN_VALUE, false);
    }
  }

  /** Every time. */
  static LaterWindows all() {
    return new LaterWindows(Long.MIN_VALUE, false);
  }

  boolean contains(long castAtMillis) {
    return !none && castAtMillis >= firstMillis;
  }
}
