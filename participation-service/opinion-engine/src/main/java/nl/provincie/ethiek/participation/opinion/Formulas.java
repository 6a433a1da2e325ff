package nl.provincie.ethiek.participation.opinion;

/** The statistics of spec section 5 (pol.is math worker, repness.clj). */
public final class Formulas {
  /** One-sided 90% significance. */
  public static final double Z_90 = 1.2816;

  private Formulas() {}

  /** (successes + 1) / (trials + 2). */
  public static double probability(int successes, int trials) {
    return (successes + 1.0) / (trials + 2.0);
  }

  /** 2 * sqrt(trials + 1) * ((successes + 1) / (trials + 1) - 0.5). */
  public static double proportionZ(int successes, int trials) {
    return 2 * Math.sqrt(trials + 1.0) * ((successes + 1.0) / (trials + 1.0) - 0.5);
  }

  /** Pooled two-proportion z with 1 added to each input; 0 when the pooled proportion is 1. */
  public static double twoProportionZ(int successes1, int trials1, int successes2, int trials2) {
    double s1 = successes1 + 1.0;
    double n1 = trials1 + 1.0;
    double s2 = successes2 + 1.0;
    double n2 = trials2 + 1.0;
    double pooled = (s1 + s2) / (n1 + n2);
    if (pooled == 1.0) {
      return 0;
    }
    return (s1 / n1 - s2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  }

  public static boolean significant(double z) {
    return z > Z_90;
  }

  /** Statement routing importance (spec section 6): (1 - p) * (E + 1) * a. */
  public static double importance(int agrees, int passes, int votes, double extremity) {
    double a = probability(agrees, votes);
    double p = probability(passes, votes);
    return (1 - p) * (extremity + 1) * a;
  }

  /** (importance * (1 + 8 * 2^(-S/5)))^2. */
  public static double priority(int agrees, int passes, int votes, double extremity) {
    double boosted =
        importance(agrees, passes, votes, extremity) * (1 + 8 * Math.pow(2, -votes / 5.0));
    return boosted * boosted;
  }
}
