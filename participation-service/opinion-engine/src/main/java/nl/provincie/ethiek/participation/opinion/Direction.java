package nl.provincie.ethiek.participation.opinion;

/** Whether a group (or everyone) agrees or disagrees with a statement. */
public enum Direction {
  AGREE,
  DISAGREE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
