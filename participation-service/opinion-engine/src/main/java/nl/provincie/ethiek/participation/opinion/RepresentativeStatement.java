package nl.provincie.ethiek.participation.opinion;

/**
 * A statement that characterises a group (spec section 5): repness and its two-proportion test
 * against the other groups, the group's probability and its significance, for {@code direction}.
 */
public record RepresentativeStatement(
    StatementId statement,
    Direction direction,
    int successes,
    int trials,
    double probability,
    double probabilityZ,
    double repness,
    double repnessZ) {

  /** repness * repness test * p * p test: the ranking metric. */
  public double metric() {
    return repness * repnessZ * probability * probabilityZ;
  }
}
