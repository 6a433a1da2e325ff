package nl.provincie.ethiek.participation.vote.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** agree = +1, disagree = -1, pass = 0: the sign convention of the spec and pol.is exports. */
public enum VoteValue {
  AGREE(1),
  DISAGREE(-1),
  PASS(0);

  private final int sign;

  VoteValue(int sign) {
    this.sign = sign;
  }

  public int sign() {
    return sign;
  }

  public static VoteValue ofSign(int sign) {
    return Arrays.stream(values())
        .filter(v -> v.sign == sign)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a vote: " + sign));
  }

  public static Optional<VoteValue> parse(String text) {
    return Arrays.stream(values())
        .filter(v -> v.name().equals(text == null ? "" : text.strip().toUpperCase(Locale.ROOT)))
        .findFirst();
  }
}
