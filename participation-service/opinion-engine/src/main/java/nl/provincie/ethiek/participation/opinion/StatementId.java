package nl.provincie.ethiek.participation.opinion;

/** A statement of one conversation; ids grow in creation order. */
public record StatementId(int value) implements Comparable<StatementId> {

  public static StatementId of(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("statement id must be >= 0: " + value);
    }
    return new StatementId(value);
  }

  @Override
  public int compareTo(StatementId other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
