package nl.provincie.ethiek.participation.opinion.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.participation.opinion.Vote;

/**
 * The straightforward implementation the benchmarks compare against: a dense participants x
 * statements matrix of doubles (NaN = missing), mean imputation, power iteration on the dense
 * centred matrix (same stopping rule as the engine), projection, and brute-force Lloyd k-means (k =
 * 100, then k = 2..5 on the centres). Like pol.is's in-memory matrix, it is O(n x m).
 */
final class DenseBaseline {
  double[][] matrix;
  int iterations;

  /** Builds the dense matrix; returns its size in bytes. */
  long load(List<Vote> votes) {
    Map<Long, Integer> rows = new HashMap<>();
    Map<Integer, Integer> columns = new HashMap<>();
    for (Vote vote : votes) {
      rows.putIfAbsent(vote.participant().value(), rows.size());
      columns.putIfAbsent(vote.statement().value(), columns.size());
    }
    matrix = new double[rows.size()][columns.size()];
    for (double[] row : matrix) {
      Arrays.fill(row, Double.NaN);
    }
    for (Vote vote : votes) {
      matrix[rows.get(vote.participant().value())][columns.get(vote.statement().value())] =
          vote.choice().sign();
    }
    return (long) rows.size() * columns.size() * 8;
  }

  /** Full computation; returns a checksum so nothing is optimised away. */
  double compute(int maxIterations) {
    int n = matrix.length;
    int m = matrix[0].length;
    double[] centre = new double[m];
    int[] count = new int[m];
    for (double[] row : matrix) {
      for (int j = 0; j < m; j++) {
        if (!Double.isNaN(row[j])) {
          centre[j] += row[j];
          count[j]++;
        }
      }
    }
    for (int j = 0; j < m; j++) {
      centre[j] = count[j] == 0 ? 0 : centre[j] / count[j];
    }
    double[][] centred = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] row = new double[m];
      for (int j = 0; j < m; j++) {
        row[j] = Double.isNaN(matrix[i][j]) ? 0 : matrix[i][j] - centre[j];
      }
      centred[i] = row;
    }
    iterations = 0;
    double[] pc1 = power(centred, null, maxIterations);
    double[] pc2 = power(centred, pc1, maxIterations);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      int votes = 0;
      for (int j = 0; j < m; j++) {
        if (!Double.isNaN(matrix[i][j])) {
          votes++;
        }
        x[i] += centred[i][j] * pc1[j];
        y[i] += centred[i][j] * pc2[j];
      }
      double scale = Math.sqrt(m / (double) Math.max(votes, 1));
      x[i] *= scale;
      y[i] *= scale;
    }
    double[][] base = lloyd(x, y, null, Math.min(100, n), 100);
    double checksum = base[0].length;
    for (int k = 2; k <= Math.min(5, 2 + base[0].length / 12); k++) {
      checksum += lloyd(base[0], base[1], base[2], k, 20)[0].length;
    }
    return checksum + x[0];
  }

  private double[] power(double[][] centred, double[] deflate, int maxIterations) {
    int m = centred[0].length;
    double[] v = new double[m];
    Arrays.fill(v, 1);
    double[] u = new double[centred.length];
    for (int it = 0; it < maxIterations; it++) {
      iterations++;
      if (deflate != null) {
        remove(v, deflate);
      }
      for (int i = 0; i < centred.length; i++) {
        double dot = 0;
        double[] row = centred[i];
        for (int j = 0; j < m; j++) {
          dot += row[j] * v[j];
        }
        u[i] = dot;
      }
      double[] w = new double[m];
      for (int i = 0; i < centred.length; i++) {
        double[] row = centred[i];
        double ui = u[i];
        for (int j = 0; j < m; j++) {
          w[j] += row[j] * ui;
        }
      }
      if (deflate != null) {
        remove(w, deflate);
      }
      double norm = 0;
      for (double value : w) {
        norm += value * value;
      }
      norm = Math.sqrt(norm);
      double change = 0;
      for (int j = 0; j < m; j++) {
        double next = w[j] / norm;
        change += (next - v[j]) * (next - v[j]);
        v[j] = next;
      }
      if (Math.sqrt(change) < 1e-6) {
        break;
      }
    }
    return v;
  }

  private static void remove(double[] v, double[] unit) {
    double dot = 0;
    for (int j = 0; j < v.length; j++) {
      dot += v[j] * unit[j];
    }
    for (int j = 0; j < v.length; j++) {
      v[j] -= dot * unit[j];
    }
  }

  /** Brute-force Lloyd's algorithm from the first k points; returns centres and weights. */
  private static double[][] lloyd(double[] x, double[] y, double[] w, int k, int maxIterations) {
    double[] cx = Arrays.copyOf(x, k);
    double[] cy = Arrays.copyOf(y, k);
    double[] weight = new double[k];
    for (int it = 0; it < maxIterations; it++) {
      double[] sx = new double[k];
      double[] sy = new double[k];
      weight = new double[k];
      for (int i = 0; i < x.length; i++) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double d = (x[i] - cx[c]) * (x[i] - cx[c]) + (y[i] - cy[c]) * (y[i] - cy[c]);
          if (d < bestD) {
            bestD = d;
            best = c;
          }
        }
        double wi = w == null ? 1 : w[i];
        sx[best] += wi * x[i];
        sy[best] += wi * y[i];
        weight[best] += wi;
      }
      boolean moved = false;
      for (int c = 0; c < k; c++) {
        if (weight[c] > 0) {
          double nx = sx[c] / weight[c];
          double ny = sy[c] / weight[c];
          moved |= Math.hypot(nx - cx[c], ny - cy[c]) >= 0.01;
          cx[c] = nx;
          cy[c] = ny;
        }
      }
      if (!moved) {
        break;
      }
    }
    return new double[][] {cx, cy, weight};
  }
}
