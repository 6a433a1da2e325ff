package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * Two principal components (spec section 2.2) by power iteration on both at once: subspace
 * iteration with a two-dimensional Rayleigh-Ritz step, one pass over the votes per iteration for
 * both components. It converges to the same two leading eigenvectors as power iteration with
 * deflation (the first at rate lambda3/lambda1, faster than lambda2/lambda1; the second at
 * lambda3/lambda2), in half the passes or fewer. See docs/adr/0007-opinion-engine.md, point 3.
 *
 * <p>Start: the previous components (padded with 1 for new statements) or, cold, all ones for the
 * first and a fixed pseudo-random vector for the second (all ones twice would span one dimension
 * only; see {@link #scattered}). At most {@link #MAX_ITERATIONS} passes; stops when the estimated
 * distance of both Ritz vectors from the eigenvectors ({@link #error}) is below {@link #TOLERANCE},
 * or when both eigenvalue estimates are exactly unchanged (pol.is). An error e of a unit component
 * moves a participant by at most e times the norm of their scaled centred votes, typically e times
 * their distance from the centre: 1e-4 keeps positions within about 1e-4 of their scale, 100 times
 * below the 0.01 at which k-means counts a centre as moved. Signs follow power iteration from the
 * spec's start: the first has a non-negative dot with its start, the second with the previous
 * second component or, cold, with all ones.
 */
final class PowerIteration {
  static final int MAX_ITERATIONS = 100;
  static final double TOLERANCE = 1e-4;
  private static final double MAX_RATE = 0.9;
  private static final double FIRST_RATE = 0.5;

  /** Below this norm (relative to the first), a second direction is numerically absent. */
  private static final double RANK_EPSILON = 1e-10;

  private PowerIteration() {}

  /**
   * Components, the number of passes over the votes, and the unscaled participant positions (X pc1,
   * X pc2 per row), which come out of the last pass.
   */
  record Components(double[] first, double[] second, int passes, double[] x, double[] y) {}

  static Components compute(CentredMatrix matrix, double[] previousFirst, double[] previousSecond) {
    int n = matrix.columns();
    int rows = matrix.rows();
    double[] start1 = start(previousFirst, n);
    boolean warmSecond = previousSecond != null && norm(previousSecond) > 0;
    double[] reference2 = warmSecond ? start(previousSecond, n) : ones(n);
    double[] start2 = warmSecond ? reference2.clone() : scattered(matrix, n);

    double[] v1 = start1.clone();
    double[] v2 = start2;
    orthonormalise(v1, v2);
    double[] w1 = new double[n];
    double[] w2 = new double[n];
    double[] dots = new double[rows << 1];
    double[] u1 = new double[n];
    double[] u2 = new double[n];
    double last1 = Double.NaN;
    double last2 = Double.NaN;
    double lastMoved1 = Double.NaN;
    double lastMoved2 = Double.NaN;
    int passes = 0;
    double c = 1;
    double s = 0;
    while (passes < MAX_ITERATIONS) {
      passes++;
      matrix.product(v1, v2, dots, w1, w2);
      // Rayleigh-Ritz on span(v1, v2): H = V^T X^T X V, a symmetric 2 x 2 matrix. StrictMath:
      // the same bits on every JVM and processor.
      double a = dot(v1, w1);
      double b = (dot(v1, w2) + dot(v2, w1)) / 2;
      double d = dot(v2, w2);
      double theta = b == 0 && a >= d ? 0 : 0.5 * StrictMath.atan2(2 * b, a - d);
      c = StrictMath.cos(theta);
      s = StrictMath.sin(theta);
      double r = Math.hypot(a - d, 2 * b);
      double lambda1 = (a + d) / 2 + r / 2;
      double lambda2 = (a + d) / 2 - r / 2;
      // Ritz vectors u = V R and their images y = W R (reusing w1, w2).
      for (int i = 0; i < n; i++) {
        u1[i] = c * v1[i] + s * v2[i];
        u2[i] = -s * v1[i] + c * v2[i];
        double y1 = c * w1[i] + s * w2[i];
        double y2 = -s * w1[i] + c * w2[i];
        w1[i] = y1;
        w2[i] = y2;
      }
      if (norm(w1) == 0) {
        // X^T X vanishes on the whole start space: no components (spec: the matrix is zero).
        Arrays.fill(u1, 0.0);
        Arrays.fill(u2, 0.0);
        c = 1;
        s = 0;
        Arrays.fill(dots, 0.0);
        break;
      }
      orthonormalise(w1, w2);
      double moved1 = distance(w1, u1);
      double moved2 = distance(w2, u2);
      boolean unchanged = lambda1 == last1 && lambda2 == last2;
      if (unchanged
          || (error(moved1, lastMoved1) < TOLERANCE && error(moved2, lastMoved2) < TOLERANCE)) {
        break;
      }
      lastMoved1 = moved1;
      lastMoved2 = moved2;
      last1 = lambda1;
      last2 = lambda2;
      double[] swap = v1;
      v1 = w1;
      w1 = swap;
      swap = v2;
      v2 = w2;
      w2 = swap;
    }
    double sign1 = dot(u1, start1) < 0 ? -1 : 1;
    double sign2 = dot(u2, reference2) < 0 ? -1 : 1;
    double[] first = new double[n];
    double[] second = new double[n];
    for (int i = 0; i < n; i++) {
      first[i] = sign1 * u1[i] + 0.0;
      second[i] = sign2 * u2[i] + 0.0;
    }
    double[] x = new double[rows];
    double[] y = new double[rows];
    double c1 = sign1 * c;
    double s1 = sign1 * s;
    double c2 = sign2 * c;
    double s2 = sign2 * s;
    boolean noSecond = norm(u2) == 0;
    for (int row = 0; row < rows; row++) {
      double d1 = dots[row << 1];
      double d2 = dots[row << 1 | 1];
      x[row] = c1 * d1 + s1 * d2 + 0.0;
      y[row] = noSecond ? 0.0 : -s2 * d1 + c2 * d2 + 0.0;
    }
    return new Components(first, second, passes, x, y);
  }

  /**
   * Estimated distance of a Ritz vector from the eigenvector: its move in one iteration divided by
   * (1 - rate), the rate estimated from the last two moves (at most {@link #MAX_RATE}; {@link
   * #FIRST_RATE} when there is only one move so far).
   */
  static double error(double moved, double lastMoved) {
    double rate = lastMoved > 0 ? Math.min(MAX_RATE, moved / lastMoved) : FIRST_RATE;
    return moved / (1 - rate);
  }

  static double[] start(double[] previous, int columns) {
    double[] start = ones(columns);
    if (previous != null && norm(previous) > 0) {
      System.arraycopy(previous, 0, start, 0, Math.min(previous.length, columns));
    }
    return start;
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return ones;
  }

  /**
   * Cold start of the second vector: a fixed pseudo-random value per statement id (SplitMix64), so
   * it depends neither on the column order nor on anything but the statements, and no data can line
   * it up with all ones (a structured vector such as alternating signs can: then both start vectors
   * map onto one direction and the second component is lost).
   */
  private static double[] scattered(CentredMatrix matrix, int n) {
    double[] vector = new double[n];
    for (int i = 0; i < n; i++) {
      long z = matrix.statement(i) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
      vector[i] = (z >>> 11) * 0x1.0p-52 - 1.0;
    }
    return vector;
  }

  /**
   * Gram-Schmidt (twice, for accuracy) in place: first becomes a unit vector (or stays zero),
   * second a unit vector orthogonal to it, or zero when it has no component of its own.
   */
  static void orthonormalise(double[] first, double[] second) {
    double norm1 = norm(first);
    if (norm1 == 0) {
      Arrays.fill(second, 0.0);
      return;
    }
    scale(first, 1 / norm1);
    double before = norm(second);
    for (int round = 0; round < 2; round++) {
      double along = dot(first, second);
      for (int i = 0; i < second.length; i++) {
        second[i] -= along * first[i];
      }
    }
    double norm2 = norm(second);
    if (norm2 == 0 || norm2 <= RANK_EPSILON * Math.max(before, norm1)) {
      Arrays.fill(second, 0.0);
    } else {
      scale(second, 1 / norm2);
    }
  }

  private static void scale(double[] vector, double factor) {
    for (int i = 0; i < vector.length; i++) {
      vector[i] *= factor;
    }
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double delta = a[i] - b[i];
      sum += delta * delta;
    }
    return Math.sqrt(sum);
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  static double norm(double[] vector) {
    return Math.sqrt(dot(vector, vector));
  }
}
