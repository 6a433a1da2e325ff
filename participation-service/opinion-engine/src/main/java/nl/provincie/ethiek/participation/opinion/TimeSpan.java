package nl.provincie.ethiek.participation.opinion;

/** The earliest and latest of a run of cast times, and whether they came in time order. */
final class TimeSpan {
  long min = Long.MAX_VALUE;
  long max = Long.MIN_VALUE;
  boolean sorted = true;
  private long previous = Long.MIN_VALUE;

  void add(long at) {
    min = Math.min(min, at);
    max = Math.max(max, at);
    sorted &= at >= previous;
    previous = at;
  }
}
