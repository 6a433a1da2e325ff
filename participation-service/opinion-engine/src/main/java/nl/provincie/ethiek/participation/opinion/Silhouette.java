package nl.provincie.ethiek.participation.opinion;

/**
 * Mean silhouette coefficient of a grouping of points (spec section 4.3): for each point, a = mean
 * distance to the other members of its group, b = the lowest mean distance to another group, s = (b
 * - a) / max(a, b); a point alone in its group scores 0, so does a point with a = b = 0.
 */
final class Silhouette {
  private Silhouette() {}

  static double of(double[] x, double[] y, int[] group, int groups) {
    int n = x.length;
    if (n == 0 || groups < 2) {
      return 0;
    }
    int[] size = new int[groups];
    for (int g : group) {
      size[g]++;
    }
    double total = 0;
    double[] sum = new double[groups];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(sum, 0.0);
      for (int j = 0; j < n; j++) {
        if (i != j) {
          sum[group[j]] += Math.hypot(x[i] - x[j], y[i] - y[j]);
        }
      }
      int own = group[i];
      if (size[own] == 1) {
        continue;
      }
      double a = sum[own] / (size[own] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int g = 0; g < groups; g++) {
        if (g != own && size[g] > 0) {
          b = Math.min(b, sum[g] / size[g]);
        }
      }
      double max = Math.max(a, b);
      total += max == 0 ? 0 : (b - a) / max;
    }
    return total / n;
  }
}
