package nl.provincie.ethiek.participation.opinion;

/** A vote on a statement, with the sign convention of the pol.is open-data exports. */
public enum Choice {
  PASS(0),
  AGREE(1),
  DISAGREE(-1);

  private final int sign;

  Choice(int sign) {
    this.sign = sign;
  }

  /** agree = +1, disagree = -1, pass = 0. */
  public int sign() {
    return sign;
  }

  /** The choice for an export's vote value (1, -1 or 0). */
  public static Choice ofSign(int sign) {
    return switch (sign) {
      case 1 -> AGREE;
      case -1 -> DISAGREE;
      case 0 -> PASS;
      default -> throw new IllegalArgumentException("a vote is 1, -1 or 0, not " + sign);
    };
  }

  /** Internal 2-bit code: the ordinal (pass 0, agree 1, disagree 2). */
  int code() {
    return ordinal();
  }
}
