package nl.provincie.ethiek.participation.opinion;

import java.util.Arrays;

/**
 * Two principal components by power iteration (spec section 2.2): at most 100 iterations from the
 * previous component (padded with 1) or from all ones (also when the previous one was zero); the
 * second after deflating the first. Stops early when the normalised vector moves less than {@link
 * #TOLERANCE} (spec: a tolerance stop is allowed), see docs/adr/0007-opinion-engine.md.
 */
final class PowerIteration {
  static final int MAX_ITERATIONS = 100;
  static final double TOLERANCE = 1e-6;

  private PowerIteration() {}

  /** Components plus the number of products each needed. */
  record Components(double[] first, double[] second, int iterationsFirst, int iterationsSecond) {}

  static Components compute(CentredMatrix matrix, double[] previousFirst, double[] previousSecond) {
    int columns = matrix.columns();
    double[] first = new double[columns];
    int iterationsFirst = iterate(matrix, start(previousFirst, columns), null, first);
    double[] second = new double[columns];
    int iterationsSecond = iterate(matrix, start(previousSecond, columns), first, second);
    return new Components(first, second, iterationsFirst, iterationsSecond);
  }

  static double[] start(double[] previous, int columns) {
    double[] start = new double[columns];
    Arrays.fill(start, 1.0);
    if (previous != null && norm(previous) > 0) {
      System.arraycopy(previous, 0, start, 0, Math.min(previous.length, columns));
    }
    return start;
  }

  /**
   * Power iteration on X^T X, or on (I - d d^T) X^T X (I - d d^T) when deflating by unit vector d.
   * Writes the unit eigenvector estimate into result (all zeros when the matrix is zero).
   */
  private static int iterate(CentredMatrix matrix, double[] start, double[] deflate, double[] out) {
    int columns = out.length;
    double[] vector = start.clone();
    double[] product = new double[columns];
    double lastEigenvalue = 0;
    for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
      if (deflate != null) {
        removeComponent(vector, deflate);
      }
      matrix.gram(vector, product);
      if (deflate != null) {
        removeComponent(product, deflate);
      }
      double eigenvalue = norm(product);
      if (eigenvalue == 0) {
        Arrays.fill(out, 0.0);
        return iteration;
      }
      double change = 0;
      for (int i = 0; i < columns; i++) {
        double normalised = product[i] / eigenvalue;
        double delta = normalised - vector[i];
        change += delta * delta;
        vector[i] = normalised;
      }
      if (eigenvalue == lastEigenvalue || Math.sqrt(change) < TOLERANCE) {
        System.arraycopy(vector, 0, out, 0, columns);
        return iteration;
      }
      lastEigenvalue = eigenvalue;
    }
    System.arraycopy(vector, 0, out, 0, columns);
    return MAX_ITERATIONS;
  }

  private static void removeComponent(double[] vector, double[] unit) {
    double dot = 0;
    for (int i = 0; i < vector.length; i++) {
      dot += vector[i] * unit[i];
    }
    if (dot != 0) {
      for (int i = 0; i < vector.length; i++) {
        vector[i] -= dot * unit[i];
      }
    }
  }

  static double norm(double[] vector) {
    double sum = 0;
    for (double value : vector) {
      sum += value * value;
    }
    return Math.sqrt(sum);
  }
}
