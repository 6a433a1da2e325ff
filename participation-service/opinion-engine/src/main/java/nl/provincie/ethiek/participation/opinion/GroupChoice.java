package nl.provincie.ethiek.participation.opinion;

/**
 * The k-stability rule (spec section 4.4, pol.is's group-k smoother with a buffer of 4): the first
 * computation takes the winning k; after that a different k is adopted only once it has won {@link
 * #CONSECUTIVE_WINS} recomputations in a row. Immutable.
 */
record GroupChoice(int adoptedK, int lastWinner, int lastWinnerCount) {
  static final int CONSECUTIVE_WINS = 4;

  static GroupChoice first(int winner) {
    return new GroupChoice(winner, winner, 1);
  }

  GroupChoice next(int winner) {
    int count = winner == lastWinner ? lastWinnerCount + 1 : 1;
    int adopted = count >= CONSECUTIVE_WINS ? winner : adoptedK;
    return new GroupChoice(adopted, winner, count);
  }
}
