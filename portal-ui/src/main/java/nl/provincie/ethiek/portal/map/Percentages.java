package nl.provincie.ethiek.portal.map;

/**
 * Whole percentages for residents (docs/adr/0014): the share of votes actually cast ({@code
 * successes / trials}, passes counted in trials), rounded half up, except that a share that is not
 * all or nothing never shows as 100% or 0%.
 */
public final class Percentages {

  private Percentages() {}

  /** {@code part} of {@code whole} as a whole percentage; 0 when nothing was counted. */
  public static int of(long part, long whole) {
    if (whole <= 0 || part <= 0) {
      return 0;
    }
    if (part >= whole) {
      return 100;
    }
    long rounded = (200 * part + whole) / (2 * whole);
    return (int) Math.max(1, Math.min(99, rounded));
  }
}
