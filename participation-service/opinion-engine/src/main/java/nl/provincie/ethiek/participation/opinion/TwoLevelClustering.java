package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * Spec section 4: base clusters by k-means (k = 100) on in-conversation positions, then opinion
 * groups by weighted k-means on the base centres for every k from 2 to min(5, 2 + n_base / 12),
 * chosen by silhouette (ties to the larger k) and smoothed by {@link GroupChoice}.
 */
final class TwoLevelClustering {
  static final int BASE_K = 100;
  static final int BASE_ITERATIONS = 100;
  static final int GROUP_ITERATIONS = 20;
  static final int MAX_GROUPS = 5;

  private TwoLevelClustering() {}

  record Outcome(
      KMeans.Result base,
      int[] groupOfBase,
      int k,
      GroupChoice choice,
      double[] silhouetteByK,
      int winner,
      KMeans.Result[] groupsByK) {

    int groupOfPoint(int point) {
      return groupOfBase[base.assignment()[point]];
    }
  }

  /**
   * @param x positions of the points in row order (spec section 1)
   * @param previousBase base centres of the previous computation, or null (cold)
   * @param previousChoice k history, or null (first computation)
   */
  static Outcome run(
      double[] x, double[] y, KMeans.Result previousBase, GroupChoice previousChoice) {
    return run(x, y, previousBase, previousChoice, null);
  }

  /**
   * As {@link #run(double[], double[], KMeans.Result, GroupChoice)}; with {@code previousGroups}
   * (the groups of the previous computation by k, {@link Rules#warmGroupStarts}) each k starts from
   * its previous centres, as pol.is's group clusterings do, instead of the spec's cold start.
   */
  static Outcome run(
      double[] x,
      double[] y,
      KMeans.Result previousBase,
      GroupChoice previousChoice,
      KMeans.Result[] previousGroups) {
    int[] order = identity(x.length);
    double[][] initial =
        KMeans.initialCentres(
            x,
            y,
            order,
            BASE_K,
            previousBase == null ? null : previousBase.x(),
            previousBase == null ? null : previousBase.y());
    KMeans.Result base = KMeans.run(x, y, null, initial, BASE_ITERATIONS, previousBase != null);
    int baseCount = base.size();
    double[] silhouettes = new double[MAX_GROUPS + 1];
    Arrays.fill(silhouettes, Double.NaN);
    if (baseCount < 2) {
      int k = baseCount;
      GroupChoice choice = previousChoice == null ? GroupChoice.first(k) : previousChoice.next(k);
      return new Outcome(
          base, new int[baseCount], k, choice, silhouettes, k, new KMeans.Result[MAX_GROUPS + 1]);
    }
    int maxK = Math.min(MAX_GROUPS, 2 + baseCount / 12);
    KMeans.Result[] byK = new KMeans.Result[MAX_GROUPS + 1];
    int winner = -1;
    double best = Double.NEGATIVE_INFINITY;
    for (int k = 2; k <= maxK; k++) {
      byK[k] = groups(base, k, previous(previousGroups, k));
      silhouettes[k] = Silhouette.of(base.x(), base.y(), byK[k].assignment(), byK[k].size());
      if (silhouettes[k] >= best) {
        best = silhouettes[k];
        winner = k;
      }
    }
    GroupChoice choice =
        previousChoice == null ? GroupChoice.first(winner) : previousChoice.next(winner);
    int adopted = choice.adoptedK();
    KMeans.Result groups =
        adopted >= 2 && adopted <= maxK
            ? byK[adopted]
            : groups(base, Math.max(1, adopted), previous(previousGroups, adopted));
    return new Outcome(base, groups.assignment(), groups.size(), choice, silhouettes, winner, byK);
  }

  private static KMeans.Result previous(KMeans.Result[] previousGroups, int k) {
    return previousGroups == null || k < 0 || k >= previousGroups.length ? null : previousGroups[k];
  }

  private static KMeans.Result groups(KMeans.Result base, int k, KMeans.Result previous) {
    double[] weights = base.weight();
    double[][] initial =
        KMeans.initialCentres(
            base.x(),
            base.y(),
            identity(base.size()),
            k,
            previous == null ? null : previous.x(),
            previous == null ? null : previous.y());
    return KMeans.run(base.x(), base.y(), weights, initial, GROUP_ITERATIONS);
  }

  static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }
}
